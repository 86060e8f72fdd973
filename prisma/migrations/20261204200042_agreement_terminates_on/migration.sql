-- AlterEnum
ALTER TYPE "ApprovalDecision" ADD VALUE 'TERMINATION_WITHDRAWN';

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "terminatesOn" DATE;

-- AlterTable
ALTER TABLE "AgreementApproval" ADD COLUMN     "takesEffectOn" DATE;


-- The few agreements with a termination recorded: what the "terminated" filter looks up
-- beside the stored TERMINATED rows (lib/agreements/status.ts). Partial, so not in schema.prisma.
CREATE INDEX "Agreement_terminatesOn_idx" ON "Agreement"("terminatesOn") WHERE "terminatesOn" IS NOT NULL;
