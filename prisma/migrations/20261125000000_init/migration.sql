-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'STAFF', 'STUDENT');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'ACCESS_DENIED', 'APPROVE', 'RETURN', 'EXPORT', 'IMPORT');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('UNIVERSITY', 'RESEARCH_INSTITUTE', 'ENTERPRISE', 'GOVERNMENT_BODY', 'INTERNATIONAL_ORGANISATION', 'OTHER');

-- CreateEnum
CREATE TYPE "PartnerStatus" AS ENUM ('PROSPECTIVE', 'ACTIVE', 'DORMANT', 'ENDED');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('MOU', 'STUDENT_EXCHANGE', 'STAFF_EXCHANGE', 'JOINT_DEGREE', 'COOPERATIVE_PROGRAMME', 'RESEARCH', 'JOINT_LAB', 'TRAINING', 'OTHER');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'IN_NEGOTIATION', 'AWAITING_SIGNATURE', 'ACTIVE', 'EXPIRED', 'TERMINATED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "ApprovalDecision" AS ENUM ('PROPOSED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "MobilityType" AS ENUM ('STUDENT_STUDIES', 'STUDENT_TRAINEESHIP', 'STAFF_TEACHING', 'STAFF_TRAINING');

-- CreateEnum
CREATE TYPE "CefrLevel" AS ENUM ('A1', 'A2', 'B1', 'B2', 'C1', 'C2');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('OUTBOUND', 'INBOUND');

-- CreateEnum
CREATE TYPE "ExchangeKind" AS ENUM ('SEMESTER_EXCHANGE', 'YEAR_EXCHANGE', 'DUAL_DEGREE', 'SHORT_PROGRAMME', 'INTERNSHIP', 'STAFF_TEACHING', 'STAFF_TRAINING', 'CONFERENCE');

-- CreateEnum
CREATE TYPE "ParticipantType" AS ENUM ('STUDENT', 'STAFF');

-- CreateEnum
CREATE TYPE "ExchangeStatus" AS ENUM ('PLANNED', 'NOMINATED', 'ACCEPTED', 'UNDER_WAY', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ProtocolLevel" AS ENUM ('STANDARD', 'SENIOR', 'VIP');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('PLANNED', 'CONFIRMED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VisaSupportStatus" AS ENUM ('NOT_NEEDED', 'REQUESTED', 'LETTER_ISSUED', 'GRANTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "PaidBy" AS ENUM ('HOST', 'GUEST', 'SHARED', 'OTHER');

-- CreateEnum
CREATE TYPE "PermitStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'GRANTED', 'REFUSED', 'NOT_NEEDED');

-- CreateEnum
CREATE TYPE "ExpertActivityKind" AS ENUM ('LECTURE', 'COURSE', 'JOINT_RESEARCH', 'SEMINAR', 'OTHER');

-- CreateEnum
CREATE TYPE "ProgrammeKind" AS ENUM ('JOINT_INSTITUTE', 'JOINT_LAB', 'INTERNATIONAL_CENTRE', 'CONFUCIUS_INSTITUTE', 'COOPERATIVE_SCHOOL', 'OVERSEAS_TRAINING_BASE');

-- CreateEnum
CREATE TYPE "ProgrammeLevel" AS ENUM ('NATIONAL', 'PROVINCIAL', 'UNIVERSITY');

-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('PLANNED', 'ACTIVE', 'SUSPENDED', 'CLOSED');

-- CreateEnum
CREATE TYPE "OpportunityStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'ALLOCATED', 'WAITLISTED', 'UNSUCCESSFUL');

-- CreateEnum
CREATE TYPE "ChoiceStatus" AS ENUM ('PENDING', 'ALLOCATED', 'WAITLISTED', 'DECLINED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT,
    "locale" VARCHAR(8),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMP(3),
    "studentNumber" TEXT,
    "facultyId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserIdentity" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserRecoveryCode" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserRecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserInvitation" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Faculty" (
    "id" UUID NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Faculty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" "AuditAction" NOT NULL,
    "entityType" VARCHAR(40) NOT NULL,
    "entityId" TEXT,
    "changes" JSONB,
    "ip" TEXT,
    "requestId" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" UUID NOT NULL,
    "nameEn" VARCHAR(300) NOT NULL,
    "nameNative" VARCHAR(300),
    "acronym" VARCHAR(40),
    "kind" "PartnerKind" NOT NULL,
    "country" CHAR(2) NOT NULL,
    "city" VARCHAR(120),
    "website" VARCHAR(500),
    "rorId" VARCHAR(40),
    "erasmusCode" VARCHAR(40),
    "status" "PartnerStatus" NOT NULL DEFAULT 'ACTIVE',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerContact" (
    "id" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "position" VARCHAR(200),
    "email" VARCHAR(320),
    "phone" VARCHAR(60),
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,

    CONSTRAINT "PartnerContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" UUID NOT NULL,
    "referenceNumber" VARCHAR(60) NOT NULL,
    "title" VARCHAR(500) NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'DRAFT',
    "signedOn" DATE,
    "effectiveOn" DATE,
    "expiresOn" DATE,
    "autoRenews" BOOLEAN NOT NULL DEFAULT false,
    "noticePeriodDays" INTEGER,
    "ministryApprovalNumber" VARCHAR(80),
    "ministryApprovedOn" DATE,
    "ownerId" UUID,
    "scope" TEXT,
    "tuitionWaiver" TEXT,
    "creditRecognition" TEXT,
    "notes" TEXT,
    "supersedesId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementPartner" (
    "agreementId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,

    CONSTRAINT "AgreementPartner_pkey" PRIMARY KEY ("agreementId","partnerId")
);

-- CreateTable
CREATE TABLE "AgreementFaculty" (
    "agreementId" UUID NOT NULL,
    "facultyId" UUID NOT NULL,

    CONSTRAINT "AgreementFaculty_pkey" PRIMARY KEY ("agreementId","facultyId")
);

-- CreateTable
CREATE TABLE "AgreementDocument" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "fileName" VARCHAR(255) NOT NULL,
    "contentType" VARCHAR(100) NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementApproval" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "actorId" UUID,
    "decision" "ApprovalDecision" NOT NULL,
    "fromStatus" "AgreementStatus" NOT NULL,
    "toStatus" "AgreementStatus" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MobilityTerm" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "sendingPartnerId" UUID,
    "receivingPartnerId" UUID,
    "mobilityType" "MobilityType" NOT NULL,
    "fromAcademicYear" INTEGER NOT NULL,
    "toAcademicYear" INTEGER NOT NULL,
    "placesPerYear" INTEGER NOT NULL,
    "monthsPerYear" DECIMAL(5,1),
    "daysPerYear" INTEGER,
    "eqfLevels" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "iscedCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "languageCode" VARCHAR(8),
    "cefrLevel" "CefrLevel",
    "blended" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MobilityTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Exchange" (
    "id" UUID NOT NULL,
    "direction" "Direction" NOT NULL,
    "kind" "ExchangeKind" NOT NULL,
    "participantType" "ParticipantType" NOT NULL,
    "participantName" VARCHAR(200) NOT NULL,
    "participantEmail" VARCHAR(320),
    "participantNumber" VARCHAR(40),
    "homeFacultyId" UUID,
    "nationality" CHAR(2),
    "eqfLevel" INTEGER,
    "partnerId" UUID NOT NULL,
    "agreementId" UUID,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "academicYear" INTEGER NOT NULL,
    "status" "ExchangeStatus" NOT NULL DEFAULT 'PLANNED',
    "fundingSource" VARCHAR(200),
    "fundingAmount" DECIMAL(12,2),
    "currency" CHAR(3),
    "creditsEarned" DECIMAL(6,1),
    "creditsRecognised" DECIMAL(6,1),
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,

    CONSTRAINT "Exchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" UUID NOT NULL,
    "direction" "Direction" NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "purpose" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "headName" VARCHAR(200),
    "headTitle" VARCHAR(200),
    "protocolLevel" "ProtocolLevel" NOT NULL DEFAULT 'STANDARD',
    "hostUnit" VARCHAR(200),
    "hosts" TEXT,
    "status" "VisitStatus" NOT NULL DEFAULT 'PLANNED',
    "visaSupport" "VisaSupportStatus" NOT NULL DEFAULT 'NOT_NEEDED',
    "outcomes" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitPartner" (
    "visitId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,

    CONSTRAINT "VisitPartner_pkey" PRIMARY KEY ("visitId","partnerId")
);

-- CreateTable
CREATE TABLE "VisitMember" (
    "id" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "title" VARCHAR(200),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "VisitMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitItineraryItem" (
    "id" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "startTime" VARCHAR(5),
    "activity" VARCHAR(300) NOT NULL,
    "place" VARCHAR(200),
    "host" VARCHAR(200),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "VisitItineraryItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitBudgetLine" (
    "id" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "description" VARCHAR(300) NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "paidBy" "PaidBy" NOT NULL,

    CONSTRAINT "VisitBudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitFollowUp" (
    "id" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "action" VARCHAR(500) NOT NULL,
    "ownerId" UUID,
    "dueOn" DATE,
    "completedAt" TIMESTAMP(3),
    "agreementId" UUID,

    CONSTRAINT "VisitFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expert" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "nameNative" VARCHAR(200),
    "nationality" CHAR(2),
    "partnerId" UUID,
    "title" VARCHAR(200),
    "field" VARCHAR(200),
    "hostFacultyId" UUID,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "fundingProgramme" VARCHAR(200),
    "invitationSentOn" DATE,
    "permitStatus" "PermitStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,

    CONSTRAINT "Expert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertActivity" (
    "id" UUID NOT NULL,
    "expertId" UUID NOT NULL,
    "kind" "ExpertActivityKind" NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "occurredOn" DATE,

    CONSTRAINT "ExpertActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" UUID NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "nameNative" VARCHAR(300),
    "kind" "ProgrammeKind" NOT NULL,
    "level" "ProgrammeLevel" NOT NULL,
    "establishedOn" DATE,
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'ACTIVE',
    "ministryApprovalNumber" VARCHAR(80),
    "description" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammePartner" (
    "programmeId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,

    CONSTRAINT "ProgrammePartner_pkey" PRIMARY KEY ("programmeId","partnerId")
);

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" UUID NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "titleZh" VARCHAR(300),
    "agreementId" UUID,
    "programmeId" UUID,
    "partnerId" UUID NOT NULL,
    "status" "OpportunityStatus" NOT NULL DEFAULT 'DRAFT',
    "places" INTEGER NOT NULL,
    "eqfLevels" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "iscedCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "languageCode" VARCHAR(8),
    "cefrLevel" "CefrLevel",
    "durationMonths" DECIMAL(4,1),
    "costs" TEXT,
    "tuitionWaived" BOOLEAN NOT NULL DEFAULT false,
    "applicationOpensAt" TIMESTAMP(3),
    "applicationClosesAt" TIMESTAMP(3),
    "description" TEXT,
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" UUID NOT NULL,
    "studentId" UUID NOT NULL,
    "academicYear" INTEGER NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "motivation" TEXT,
    "gradePoints" DECIMAL(5,2),
    "languagePoints" DECIMAL(5,2),
    "motivationPoints" DECIMAL(5,2),
    "submittedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationChoice" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "opportunityId" UUID NOT NULL,
    "rank" INTEGER NOT NULL,
    "status" "ChoiceStatus" NOT NULL DEFAULT 'PENDING',
    "waitlistPosition" INTEGER,

    CONSTRAINT "ApplicationChoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Favourite" (
    "userId" UUID NOT NULL,
    "opportunityId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Favourite_pkey" PRIMARY KEY ("userId","opportunityId")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_studentNumber_key" ON "User"("studentNumber");

-- CreateIndex
CREATE INDEX "User_role_email_idx" ON "User"("role", "email");

-- CreateIndex
CREATE INDEX "UserIdentity_userId_idx" ON "UserIdentity"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UserIdentity_issuer_subject_key" ON "UserIdentity"("issuer", "subject");

-- CreateIndex
CREATE INDEX "UserRecoveryCode_userId_idx" ON "UserRecoveryCode"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UserInvitation_tokenHash_key" ON "UserInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "UserInvitation_userId_idx" ON "UserInvitation"("userId");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_ip_at_idx" ON "SignInAttempt"("email", "ip", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_at_idx" ON "SignInAttempt"("ip", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Faculty_code_key" ON "Faculty"("code");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "Partner_country_nameEn_idx" ON "Partner"("country", "nameEn");

-- CreateIndex
CREATE INDEX "Partner_status_nameEn_idx" ON "Partner"("status", "nameEn");

-- CreateIndex
CREATE INDEX "Partner_kind_nameEn_idx" ON "Partner"("kind", "nameEn");

-- CreateIndex
CREATE INDEX "Partner_nameEn_id_idx" ON "Partner"("nameEn", "id");

-- CreateIndex
CREATE INDEX "Partner_createdAt_id_idx" ON "Partner"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Partner_tags_idx" ON "Partner" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "Partner_nameEn_trgm_idx" ON "Partner" USING GIN ("nameEn" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Partner_nameNative_trgm_idx" ON "Partner" USING GIN ("nameNative" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Partner_acronym_trgm_idx" ON "Partner" USING GIN ("acronym" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Partner_city_trgm_idx" ON "Partner" USING GIN ("city" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PartnerContact_partnerId_idx" ON "PartnerContact"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_supersedesId_key" ON "Agreement"("supersedesId");

-- CreateIndex
CREATE INDEX "Agreement_status_expiresOn_idx" ON "Agreement"("status", "expiresOn");

-- CreateIndex
CREATE INDEX "Agreement_kind_status_idx" ON "Agreement"("kind", "status");

-- CreateIndex
CREATE INDEX "Agreement_expiresOn_id_idx" ON "Agreement"("expiresOn", "id");

-- CreateIndex
CREATE INDEX "Agreement_createdAt_id_idx" ON "Agreement"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Agreement_ownerId_idx" ON "Agreement"("ownerId");

-- CreateIndex
CREATE INDEX "Agreement_referenceNumber_trgm_idx" ON "Agreement" USING GIN ("referenceNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Agreement_title_trgm_idx" ON "Agreement" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AgreementPartner_partnerId_idx" ON "AgreementPartner"("partnerId");

-- CreateIndex
CREATE INDEX "AgreementFaculty_facultyId_idx" ON "AgreementFaculty"("facultyId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementDocument_storageKey_key" ON "AgreementDocument"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementDocument_agreementId_versionNumber_key" ON "AgreementDocument"("agreementId", "versionNumber");

-- CreateIndex
CREATE INDEX "AgreementApproval_agreementId_createdAt_idx" ON "AgreementApproval"("agreementId", "createdAt");

-- CreateIndex
CREATE INDEX "MobilityTerm_agreementId_idx" ON "MobilityTerm"("agreementId");

-- CreateIndex
CREATE INDEX "Exchange_partnerId_academicYear_idx" ON "Exchange"("partnerId", "academicYear");

-- CreateIndex
CREATE INDEX "Exchange_agreementId_idx" ON "Exchange"("agreementId");

-- CreateIndex
CREATE INDEX "Exchange_academicYear_direction_status_idx" ON "Exchange"("academicYear", "direction", "status");

-- CreateIndex
CREATE INDEX "Exchange_startsOn_id_idx" ON "Exchange"("startsOn", "id");

-- CreateIndex
CREATE INDEX "Visit_startsOn_id_idx" ON "Visit"("startsOn", "id");

-- CreateIndex
CREATE INDEX "Visit_direction_startsOn_idx" ON "Visit"("direction", "startsOn");

-- CreateIndex
CREATE INDEX "VisitPartner_partnerId_idx" ON "VisitPartner"("partnerId");

-- CreateIndex
CREATE INDEX "VisitMember_visitId_sortOrder_idx" ON "VisitMember"("visitId", "sortOrder");

-- CreateIndex
CREATE INDEX "VisitItineraryItem_visitId_day_sortOrder_idx" ON "VisitItineraryItem"("visitId", "day", "sortOrder");

-- CreateIndex
CREATE INDEX "VisitBudgetLine_visitId_idx" ON "VisitBudgetLine"("visitId");

-- CreateIndex
CREATE INDEX "VisitFollowUp_visitId_idx" ON "VisitFollowUp"("visitId");

-- CreateIndex
CREATE INDEX "VisitFollowUp_ownerId_dueOn_idx" ON "VisitFollowUp"("ownerId", "dueOn");

-- CreateIndex
CREATE INDEX "Expert_partnerId_idx" ON "Expert"("partnerId");

-- CreateIndex
CREATE INDEX "Expert_startsOn_id_idx" ON "Expert"("startsOn", "id");

-- CreateIndex
CREATE INDEX "ExpertActivity_expertId_idx" ON "ExpertActivity"("expertId");

-- CreateIndex
CREATE INDEX "ProgrammePartner_partnerId_idx" ON "ProgrammePartner"("partnerId");

-- CreateIndex
CREATE INDEX "Opportunity_status_applicationClosesAt_idx" ON "Opportunity"("status", "applicationClosesAt");

-- CreateIndex
CREATE INDEX "Opportunity_partnerId_idx" ON "Opportunity"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_studentId_academicYear_key" ON "Application"("studentId", "academicYear");

-- CreateIndex
CREATE INDEX "ApplicationChoice_opportunityId_status_idx" ON "ApplicationChoice"("opportunityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationChoice_applicationId_rank_key" ON "ApplicationChoice"("applicationId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationChoice_applicationId_opportunityId_key" ON "ApplicationChoice"("applicationId", "opportunityId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_facultyId_fkey" FOREIGN KEY ("facultyId") REFERENCES "Faculty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserIdentity" ADD CONSTRAINT "UserIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRecoveryCode" ADD CONSTRAINT "UserRecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserInvitation" ADD CONSTRAINT "UserInvitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerContact" ADD CONSTRAINT "PartnerContact_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementPartner" ADD CONSTRAINT "AgreementPartner_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementPartner" ADD CONSTRAINT "AgreementPartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementFaculty" ADD CONSTRAINT "AgreementFaculty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementFaculty" ADD CONSTRAINT "AgreementFaculty_facultyId_fkey" FOREIGN KEY ("facultyId") REFERENCES "Faculty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementApproval" ADD CONSTRAINT "AgreementApproval_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementApproval" ADD CONSTRAINT "AgreementApproval_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MobilityTerm" ADD CONSTRAINT "MobilityTerm_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MobilityTerm" ADD CONSTRAINT "MobilityTerm_sendingPartnerId_fkey" FOREIGN KEY ("sendingPartnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MobilityTerm" ADD CONSTRAINT "MobilityTerm_receivingPartnerId_fkey" FOREIGN KEY ("receivingPartnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_homeFacultyId_fkey" FOREIGN KEY ("homeFacultyId") REFERENCES "Faculty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exchange" ADD CONSTRAINT "Exchange_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitPartner" ADD CONSTRAINT "VisitPartner_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitPartner" ADD CONSTRAINT "VisitPartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitMember" ADD CONSTRAINT "VisitMember_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitItineraryItem" ADD CONSTRAINT "VisitItineraryItem_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitBudgetLine" ADD CONSTRAINT "VisitBudgetLine_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitFollowUp" ADD CONSTRAINT "VisitFollowUp_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitFollowUp" ADD CONSTRAINT "VisitFollowUp_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitFollowUp" ADD CONSTRAINT "VisitFollowUp_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expert" ADD CONSTRAINT "Expert_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expert" ADD CONSTRAINT "Expert_hostFacultyId_fkey" FOREIGN KEY ("hostFacultyId") REFERENCES "Faculty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertActivity" ADD CONSTRAINT "ExpertActivity_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammePartner" ADD CONSTRAINT "ProgrammePartner_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammePartner" ADD CONSTRAINT "ProgrammePartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationChoice" ADD CONSTRAINT "ApplicationChoice_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationChoice" ADD CONSTRAINT "ApplicationChoice_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Favourite" ADD CONSTRAINT "Favourite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Favourite" ADD CONSTRAINT "Favourite_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
