-- The agreements list's orders over live rows (lib/data/agreements.ts, SORT_KEYS): "expires"
-- sorts by COALESCE(expiresOn, 'infinity') so agreements without an end come last, which no
-- plain index serves (at 100,000 agreements the first page sorted every row: ~100 ms).
-- Partial (live rows only) and on an expression: Prisma's schema cannot say either, and its
-- engine ignores both when it diffs.
CREATE INDEX "Agreement_expires_live_idx" ON "Agreement" ((COALESCE("expiresOn", 'infinity'::date)), id) WHERE "deletedAt" IS NULL;
