CREATE TABLE "credit_commitments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"context" text NOT NULL,
	"text" text NOT NULL,
	"made_on" date NOT NULL,
	"honoured" boolean,
	"checked_on" date,
	"note" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_listing_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "credit_listing_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"listing_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"actor_name" text,
	"summary" text NOT NULL,
	"payload" jsonb
);
--> statement-breakpoint
CREATE TABLE "credit_listings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"state" text NOT NULL,
	"reason" text NOT NULL,
	"legal_basis" text NOT NULL,
	"record_ids" uuid[] NOT NULL,
	"region_code" text NOT NULL,
	"org_id" uuid NOT NULL,
	"proposed_on" date NOT NULL,
	"notified_on" date,
	"statement_due_on" date,
	"statement" text,
	"decided_on" date,
	"published_on" date,
	"publish_until" date,
	"removed_on" date,
	"removal_reason" text,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_objections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"listing_id" uuid,
	"record_id" uuid,
	"content" text NOT NULL,
	"submitted_by" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "credit_ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"scheme" text NOT NULL,
	"score" integer NOT NULL,
	"grade" text NOT NULL,
	"deductions" jsonb NOT NULL,
	"trigger" text NOT NULL,
	"current" boolean NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"category" text NOT NULL,
	"severity" text NOT NULL,
	"source" text NOT NULL,
	"source_ref" text,
	"legal_basis" text NOT NULL,
	"summary" text NOT NULL,
	"decided_on" date NOT NULL,
	"publicity_from" date NOT NULL,
	"publicity_until" date NOT NULL,
	"publicity_basis" text NOT NULL,
	"region_code" text NOT NULL,
	"org_id" uuid,
	"documents" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_repairs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"listing_id" uuid,
	"record_id" uuid,
	"applied_on" date NOT NULL,
	"commitments" text NOT NULL,
	"proof" jsonb NOT NULL,
	"feedback_due_on" date NOT NULL,
	"decision_due_on" date NOT NULL,
	"state" text NOT NULL,
	"feedback" text,
	"decided_on" date,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_subjects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"uscc" text,
	"id_number_hash" text,
	"id_number_masked" text,
	"region_code" text NOT NULL,
	"org_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_commitments" ADD CONSTRAINT "credit_commitments_subject_id_credit_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."credit_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_listing_events" ADD CONSTRAINT "credit_listing_events_listing_id_credit_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."credit_listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_listings" ADD CONSTRAINT "credit_listings_subject_id_credit_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."credit_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_listings" ADD CONSTRAINT "credit_listings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objections" ADD CONSTRAINT "credit_objections_listing_id_credit_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."credit_listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_objections" ADD CONSTRAINT "credit_objections_record_id_credit_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."credit_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_ratings" ADD CONSTRAINT "credit_ratings_subject_id_credit_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."credit_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_subject_id_credit_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."credit_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_records" ADD CONSTRAINT "credit_records_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repairs" ADD CONSTRAINT "credit_repairs_subject_id_credit_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."credit_subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repairs" ADD CONSTRAINT "credit_repairs_listing_id_credit_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."credit_listings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_repairs" ADD CONSTRAINT "credit_repairs_record_id_credit_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."credit_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_subjects" ADD CONSTRAINT "credit_subjects_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_listing_events_listing_idx" ON "credit_listing_events" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "credit_listings_subject_idx" ON "credit_listings" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "credit_listings_state_idx" ON "credit_listings" USING btree ("state");--> statement-breakpoint
CREATE INDEX "credit_ratings_subject_idx" ON "credit_ratings" USING btree ("subject_id","current");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_records_source_uq" ON "credit_records" USING btree ("source_ref") WHERE "credit_records"."source_ref" is not null;--> statement-breakpoint
CREATE INDEX "credit_records_subject_idx" ON "credit_records" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "credit_records_region_idx" ON "credit_records" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "credit_repairs_subject_idx" ON "credit_repairs" USING btree ("subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_subjects_uscc_uq" ON "credit_subjects" USING btree ("uscc") WHERE "credit_subjects"."uscc" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_subjects_id_hash_uq" ON "credit_subjects" USING btree ("id_number_hash") WHERE "credit_subjects"."id_number_hash" is not null;--> statement-breakpoint
CREATE INDEX "credit_subjects_name_idx" ON "credit_subjects" USING btree ("name");--> statement-breakpoint
CREATE INDEX "credit_subjects_region_idx" ON "credit_subjects" USING btree ("region_code");