-- The agreements list's text search (lib/data/agreements.ts, agreementWhere): one trigram
-- index over the lower-cased reference and title instead of one per column, searched with
-- LIKE on that expression. Two ILIKE scans of 100,000 rows took ~130 ms for a pattern too
-- short for trigrams (two Chinese characters); one LIKE over the lowered text takes ~40 ms,
-- and longer patterns use the index. Partners are found through partner_search_text's index
-- (migration 20261125160000_partner_search), which also made the city index unused.
-- Hand-written: Prisma's schema has no expression indexes, and its engine ignores them.
DROP INDEX "Agreement_referenceNumber_trgm_idx";
DROP INDEX "Agreement_title_trgm_idx";
DROP INDEX "Partner_city_trgm_idx";

CREATE FUNCTION agreement_search_text(reference text, title text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(coalesce(reference, '') || ' ' || coalesce(title, '')) $$;

CREATE INDEX "Agreement_search_trgm_idx" ON "Agreement" USING gin (agreement_search_text("referenceNumber", title) gin_trgm_ops);
