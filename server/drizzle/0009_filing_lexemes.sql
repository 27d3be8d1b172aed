-- Each dated right's search vector gains its filing year and month as lexemes without positions
-- ('@2025', '@2025-11'), as search.writer.ts writes them from now on (ADR 0014).
UPDATE "right_search"
SET "search_vector" = "search_vector" || array_to_tsvector(ARRAY['@' || to_char("filing_date", 'YYYY'), '@' || to_char("filing_date", 'YYYY-MM')])
WHERE "filing_date" IS NOT NULL;
