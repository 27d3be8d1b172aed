-- A random sample of about `size` of the rights whose search vector matches `query`, read from the
-- text index with gin_fuzzy_search_limit (ADR 0015): the index drops postings at random before it
-- checks them, so a term held by half a million rights costs a sample's rows, not every posting.
-- The function's SET clauses confine both settings to the call: set_config below lasts until the
-- function returns, and a sequential scan (which would ignore the limit) is never chosen.
CREATE FUNCTION "right_search_sample"("query" tsquery, "size" integer)
RETURNS SETOF "right_search"
LANGUAGE plpgsql
SET gin_fuzzy_search_limit = 0
SET enable_seqscan = off
AS $$
BEGIN
  PERFORM set_config('gin_fuzzy_search_limit', "size"::text, true);
  RETURN QUERY SELECT * FROM "right_search" WHERE "search_vector" @@ "query";
END
$$;
