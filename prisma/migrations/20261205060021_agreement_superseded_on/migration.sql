-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "supersededOn" DATE;

-- The few agreements with a renewal taking over: what the "superseded" filter looks up beside
-- the stored SUPERSEDED rows (lib/agreements/status.ts). Partial, so not in schema.prisma.
CREATE INDEX "Agreement_supersededOn_idx" ON "Agreement"("supersededOn") WHERE "supersededOn" IS NOT NULL;
