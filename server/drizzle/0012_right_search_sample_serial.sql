-- The sample (0010) is drawn by one process without JIT (ADR 0018). With the statistics of 0011 the
-- planner knows a frequent term's rights are many (140,000 for 光伏 at 10 million), prices the
-- function's scan above jit_above_cost and parallel_setup_cost, and compiled it (15 ms) and started
-- two parallel workers for it (25 ms more) to return ~1,000 rows: 78 ms where 10 ms suffice.
CREATE OR REPLACE FUNCTION "right_search_sample"("query" tsquery, "size" integer)
RETURNS SETOF "right_search"
LANGUAGE plpgsql
SET gin_fuzzy_search_limit = 0
SET enable_seqscan = off
SET jit = off
SET max_parallel_workers_per_gather = 0
AS $$
BEGIN
  PERFORM set_config('gin_fuzzy_search_limit', "size"::text, true);
  RETURN QUERY SELECT * FROM "right_search" WHERE "search_vector" @@ "query";
END
$$;
