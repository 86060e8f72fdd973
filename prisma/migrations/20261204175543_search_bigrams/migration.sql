-- Two-character searches in Chinese (lib/lists/text-search.ts). Two characters are a whole
-- word in Chinese, but no trigram fits in them, so the trigram indexes over the lists' search
-- text could not narrow such a search: it read every row's lowered text (130 ms over 100,000
-- agreements, 25 ms over 20,000 partners). These indexes hold each row's distinct pairs of
-- adjacent non-ASCII characters (Latin text adds nothing to them), and a two-character term
-- is looked up as one pair, with the LIKE kept as the exact test.
-- Hand-written: Prisma's schema has no expression indexes, and its engine ignores them.
CREATE FUNCTION search_bigrams(t text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT coalesce(array_agg(DISTINCT pair), '{}')
    FROM (SELECT substr(t, i, 2) AS pair FROM generate_series(1, length(t) - 1) AS i) AS pairs
    WHERE pair ~ '^[^\x01-\x7f]{2}$'
  $$;

CREATE INDEX "Agreement_search_bigram_idx" ON "Agreement" USING gin (search_bigrams(agreement_search_text("referenceNumber", title)));
CREATE INDEX "Partner_search_bigram_idx" ON "Partner" USING gin (search_bigrams(partner_search_text("nameEn", "nameNative", acronym, city)));
