CREATE TABLE "right_search_term_floor" (
	"type" text PRIMARY KEY NOT NULL,
	"days" integer NOT NULL
);
--> statement-breakpoint
DROP INDEX "right_search_type_status_idx";--> statement-breakpoint
DROP INDEX "right_search_region_idx";--> statement-breakpoint
DROP INDEX "right_search_class_idx";--> statement-breakpoint
CREATE INDEX "right_search_type_order_idx" ON "right_search" USING btree ("type","filing_date" DESC NULLS LAST,"right_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "right_search_status_order_idx" ON "right_search" USING btree ("status_base","filing_date" DESC NULLS LAST,"right_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "right_search_type_status_order_idx" ON "right_search" USING btree ("type","status_base","filing_date" DESC NULLS LAST,"right_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "right_search_region_order_idx" ON "right_search" USING btree ("region_code","filing_date" DESC NULLS LAST,"right_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "right_search_class_order_idx" ON "right_search" USING btree ("class_main","filing_date" DESC NULLS LAST,"right_id" DESC NULLS FIRST);--> statement-breakpoint
-- Above: a search without text reads its page off the page-order index of the filter a facet set
-- (type, base status, both, region, class), however old its rights are (ADR 0023). Below: how the
-- term-expired rights are found without reading the millions still in force.
-- The rights in force whose term may have ended, by type and expiry date; the filing date, id and
-- the columns other filters read ride along, so that a window of expiry dates is cut to its filings,
-- filtered and sorted off the index alone.
-- Only a condition that excludes a null expiry date can use it: without "IS NOT NULL" the planner
-- took it for "valid IC layouts" (expiry null or from today on) and read the expired ones first.
CREATE INDEX "right_search_expired_idx" ON "right_search" USING btree ("type", "expiry_date")
  INCLUDE ("filing_date", "right_id", "region_code", "class_main")
  WHERE "status_base" IN ('partially_invalid', 'valid') AND "expiry_date" IS NOT NULL;--> statement-breakpoint
INSERT INTO "right_search_term_floor" ("type", "days")
  SELECT "type", min("expiry_date" - "filing_date") FROM "right_search"
  WHERE "expiry_date" IS NOT NULL AND "filing_date" IS NOT NULL GROUP BY "type";--> statement-breakpoint
-- The floor only falls: a new type's row first (waiting for a concurrent writer of the same type,
-- whose row the update then sees), then a lower minimum. An update locks only the rows it lowers,
-- so writers do not queue behind each other once the floor has settled.
CREATE FUNCTION "right_search_lower_term_floor"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "right_search_term_floor" ("type", "days")
    SELECT "type", min("expiry_date" - "filing_date") FROM "changed"
    WHERE "expiry_date" IS NOT NULL AND "filing_date" IS NOT NULL GROUP BY "type"
  ON CONFLICT ("type") DO NOTHING;
  UPDATE "right_search_term_floor" f SET "days" = c."days"
    FROM (SELECT "type", min("expiry_date" - "filing_date") AS "days" FROM "changed"
          WHERE "expiry_date" IS NOT NULL AND "filing_date" IS NOT NULL GROUP BY "type") c
    WHERE f."type" = c."type" AND f."days" > c."days";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "right_search_term_floor_on_insert" AFTER INSERT ON "right_search"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "right_search_lower_term_floor"();--> statement-breakpoint
CREATE TRIGGER "right_search_term_floor_on_update" AFTER UPDATE ON "right_search"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "right_search_lower_term_floor"();--> statement-breakpoint
-- Type decides which statuses and classes occur (revocation is a trademark's, Nice classes are
-- trademarks'): with their pairs' frequencies the planner sees that "patents, revoked" is empty
-- and sorts the few matches, where independence would have it walk every revoked right.
CREATE STATISTICS "right_search_type_status_stats" (mcv) ON "type", "status_base" FROM "right_search";--> statement-breakpoint
CREATE STATISTICS "right_search_type_class_stats" (mcv) ON "type", "class_main" FROM "right_search";--> statement-breakpoint
ALTER STATISTICS "right_search_type_class_stats" SET STATISTICS 1000;
--> statement-breakpoint
-- The new statistics are gathered now: autovacuum analyzes a table only after enough of it changed.
ANALYZE "right_search" ("type", "status_base", "class_main");
