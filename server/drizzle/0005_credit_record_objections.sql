ALTER TABLE "credit_objections" ADD COLUMN "answered_by" text;--> statement-breakpoint
ALTER TABLE "credit_objections" ADD COLUMN "answered_on" date;--> statement-breakpoint
ALTER TABLE "credit_objections" ADD COLUMN "resolution" text;--> statement-breakpoint
ALTER TABLE "credit_objections" ADD COLUMN "correction" jsonb;--> statement-breakpoint
CREATE INDEX "credit_objections_listing_idx" ON "credit_objections" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "credit_objections_record_idx" ON "credit_objections" USING btree ("record_id");--> statement-breakpoint
ALTER TABLE "credit_objections" ADD CONSTRAINT "credit_objections_one_target_ck" CHECK (num_nonnulls("credit_objections"."listing_id", "credit_objections"."record_id") = 1);