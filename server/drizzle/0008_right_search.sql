CREATE TABLE "right_search" (
	"right_id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"status_base" text NOT NULL,
	"expiry_date" date,
	"region_code" text,
	"class_main" text,
	"filing_date" date,
	"search_vector" "tsvector" NOT NULL
);
--> statement-breakpoint
-- Search's columns of every right there is, copied before their indexes are built (faster so).
INSERT INTO "right_search" ("right_id", "type", "status_base", "expiry_date", "region_code", "class_main", "filing_date", "search_vector")
SELECT "id", "type", "status_base", "expiry_date", "region_code", "class_main", "filing_date", "search_vector" FROM "rights";--> statement-breakpoint
DROP INDEX "rights_search_idx";--> statement-breakpoint
DROP INDEX "rights_type_status_idx";--> statement-breakpoint
DROP INDEX "rights_region_idx";--> statement-breakpoint
DROP INDEX "rights_class_idx";--> statement-breakpoint
DROP INDEX "rights_filing_order_idx";--> statement-breakpoint
ALTER TABLE "right_search" ADD CONSTRAINT "right_search_right_id_rights_id_fk" FOREIGN KEY ("right_id") REFERENCES "public"."rights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "right_search_text_idx" ON "right_search" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "right_search_type_status_idx" ON "right_search" USING btree ("type","status_base");--> statement-breakpoint
CREATE INDEX "right_search_region_idx" ON "right_search" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "right_search_class_idx" ON "right_search" USING btree ("class_main");--> statement-breakpoint
CREATE INDEX "right_search_filing_order_idx" ON "right_search" USING btree ("filing_date" DESC NULLS LAST,"right_id" DESC NULLS FIRST);--> statement-breakpoint
ALTER TABLE "rights" DROP COLUMN "search_vector";