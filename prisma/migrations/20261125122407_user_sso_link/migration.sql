-- AlterTable
ALTER TABLE "User" ADD COLUMN     "ssoLinkAllowed" BOOLEAN NOT NULL DEFAULT false;
