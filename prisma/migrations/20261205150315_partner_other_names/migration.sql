-- Other names of a partner (its Chinese name, former names, short forms), one a line. They
-- are part of the partner's search text, so the list's search box and the agreements'
-- search by partner name find a partner by any of them.
ALTER TABLE "Partner" ADD COLUMN "otherNames" TEXT;

-- The search text gains the other names. Hand-written, as in partner_search: Prisma's schema
-- has no expression indexes. The indexes over the old four-column text go with it.
DROP INDEX "Partner_search_trgm_idx";
DROP INDEX "Partner_search_bigram_idx";
DROP FUNCTION partner_search_text(text, text, text, text);

CREATE FUNCTION partner_search_text(name_en text, name_native text, other_names text, acronym text, city text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(coalesce(name_en, '') || ' ' || coalesce(name_native, '') || ' ' || coalesce(other_names, '') || ' ' || coalesce(acronym, '') || ' ' || coalesce(city, '')) $$;

CREATE INDEX "Partner_search_trgm_idx" ON "Partner" USING gin (partner_search_text("nameEn", "nameNative", "otherNames", acronym, city) gin_trgm_ops);
CREATE INDEX "Partner_search_bigram_idx" ON "Partner" USING gin (search_bigrams(partner_search_text("nameEn", "nameNative", "otherNames", acronym, city)));
