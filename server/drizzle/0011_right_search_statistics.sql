-- The search's statistics list ten times as many bigrams (ADR 0018). With the default target (100)
-- ANALYZE keeps the 1,000 most common lexemes of a 30,000-row sample: at 10 million rights only
-- those held by 0.7 % of them or more, so most two- to four-character queries met a bigram the
-- statistics did not list, whose share search.stats.ts could only guess (and counted first). At
-- 1,000 it keeps ~8,000 of a 300,000-row sample, down to 0.02 % (2,000 rights at 10 million).
ALTER TABLE "right_search" ALTER COLUMN "search_vector" SET STATISTICS 1000;
