-- AlterEnum
ALTER TYPE "ApprovalDecision" ADD VALUE 'TERMINATED';
