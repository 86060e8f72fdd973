-- A reference number is unique among live agreements in any letter case: "mer-2026-047" beside
-- "MER-2026-047" is the same agreement typed twice, and a search for one found both. Replaces
-- the case-sensitive index of 20261125000100_constraints. A database that already holds two live
-- agreements whose numbers differ only in case stops here: rename or delete one, then deploy again.
DROP INDEX "Agreement_referenceNumber_live_key";
CREATE UNIQUE INDEX "Agreement_referenceNumber_live_key" ON "Agreement" (lower("referenceNumber")) WHERE "deletedAt" IS NULL;
