-- Each search vector gains its CJK runs' trigrams as lexemes without positions, as
-- search-text.ts writes them from now on (ADR 0021). Two bigrams at consecutive positions always
-- belong to one CJK run (runs, fields and Latin words are kept apart by unused positions), so
-- the first bigram and the second's last character are a trigram of that run.
CREATE FUNCTION "search_vector_trigrams"("vector" tsvector)
RETURNS tsvector
LANGUAGE sql
IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.lexeme || substr(b.lexeme, 2))), ''::tsvector)
  FROM (SELECT u.lexeme, p FROM unnest("vector") u, unnest(u.positions) p) a
  JOIN (SELECT u.lexeme, p FROM unnest("vector") u, unnest(u.positions) p) b ON b.p = a.p + 1
$$;--> statement-breakpoint
UPDATE "right_search" SET "search_vector" = "search_vector" || "search_vector_trigrams"("search_vector")
WHERE "search_vector_trigrams"("search_vector") <> ''::tsvector;
