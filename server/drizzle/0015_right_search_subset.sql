CREATE TABLE "right_search_subset" (
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
ALTER TABLE "right_search_subset" ADD CONSTRAINT "right_search_subset_right_id_right_search_right_id_fk" FOREIGN KEY ("right_id") REFERENCES "public"."right_search"("right_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "right_search_subset_text_idx" ON "right_search_subset" USING gin ("search_vector") WITH (fastupdate=false);--> statement-breakpoint
-- Above: the standing sample of the search table (ADR 0024). Below: which rights it holds — one in
-- 64, by a hash of the id, so the choice never changes for a right and needs no state — and the
-- triggers that keep it with every statement writing the search table. A deleted search row takes
-- its sampled row with it (the foreign key above).
CREATE FUNCTION "right_search_subset_member"("right_id" uuid) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (hashtext("right_id"::text) & 63) = 0;--> statement-breakpoint
CREATE FUNCTION "right_search_subset_write"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "right_search_subset" ("right_id", "type", "status_base", "expiry_date", "region_code",
                                     "class_main", "filing_date", "search_vector")
    SELECT "right_id", "type", "status_base", "expiry_date", "region_code", "class_main", "filing_date",
           "search_vector"
    FROM "changed" WHERE "right_search_subset_member"("right_id")
  ON CONFLICT ("right_id") DO UPDATE SET
    "type" = excluded."type", "status_base" = excluded."status_base", "expiry_date" = excluded."expiry_date",
    "region_code" = excluded."region_code", "class_main" = excluded."class_main",
    "filing_date" = excluded."filing_date", "search_vector" = excluded."search_vector";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "right_search_subset_on_insert" AFTER INSERT ON "right_search"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "right_search_subset_write"();--> statement-breakpoint
CREATE TRIGGER "right_search_subset_on_update" AFTER UPDATE ON "right_search"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "right_search_subset_write"();--> statement-breakpoint
INSERT INTO "right_search_subset" ("right_id", "type", "status_base", "expiry_date", "region_code",
                                   "class_main", "filing_date", "search_vector")
  SELECT "right_id", "type", "status_base", "expiry_date", "region_code", "class_main", "filing_date",
         "search_vector"
  FROM "right_search" WHERE "right_search_subset_member"("right_id");--> statement-breakpoint
ANALYZE "right_search_subset";--> statement-breakpoint
-- The sample drawn by the text index from the whole table (0010, 0012) gives way to the subset.
DROP FUNCTION "right_search_sample"(tsquery, integer);
