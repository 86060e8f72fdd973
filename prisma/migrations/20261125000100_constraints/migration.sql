-- Rules Prisma's schema language cannot express (prisma/README.md). The schema engine ignores
-- check constraints, triggers and partial indexes when it diffs, so none of these show as drift.
-- A CHECK passes when its expression is NULL, so optional columns need no "IS NULL OR".

-- A reference number is unique among live agreements; a soft-deleted one frees it for reuse.
CREATE UNIQUE INDEX "Agreement_referenceNumber_live_key" ON "Agreement" ("referenceNumber") WHERE "deletedAt" IS NULL;

ALTER TABLE "Agreement"
  ADD CONSTRAINT "Agreement_expiresOn_check" CHECK ("expiresOn" >= "effectiveOn"),
  ADD CONSTRAINT "Agreement_noticePeriodDays_check" CHECK ("noticePeriodDays" >= 0),
  -- A ministry approval date is recorded together with its approval number.
  ADD CONSTRAINT "Agreement_ministryApprovedOn_check" CHECK ("ministryApprovedOn" IS NULL OR "ministryApprovalNumber" IS NOT NULL);

ALTER TABLE "AgreementDocument"
  ADD CONSTRAINT "AgreementDocument_sizeBytes_check" CHECK ("sizeBytes" > 0);

ALTER TABLE "MobilityTerm"
  ADD CONSTRAINT "MobilityTerm_academicYears_check" CHECK ("toAcademicYear" >= "fromAcademicYear"),
  ADD CONSTRAINT "MobilityTerm_placesPerYear_check" CHECK ("placesPerYear" >= 0),
  ADD CONSTRAINT "MobilityTerm_monthsPerYear_check" CHECK ("monthsPerYear" >= 0),
  ADD CONSTRAINT "MobilityTerm_daysPerYear_check" CHECK ("daysPerYear" >= 0),
  -- EQF levels 5-8 are the higher-education cycles (short cycle to doctorate).
  ADD CONSTRAINT "MobilityTerm_eqfLevels_check" CHECK ("eqfLevels" <@ ARRAY[5, 6, 7, 8]),
  -- A null partner is our own university, so at most one side may be null.
  ADD CONSTRAINT "MobilityTerm_partners_check" CHECK ("sendingPartnerId" IS NOT NULL OR "receivingPartnerId" IS NOT NULL);

ALTER TABLE "Exchange"
  ADD CONSTRAINT "Exchange_dates_check" CHECK ("endsOn" >= "startsOn"),
  ADD CONSTRAINT "Exchange_creditsEarned_check" CHECK ("creditsEarned" >= 0),
  ADD CONSTRAINT "Exchange_creditsRecognised_check" CHECK ("creditsRecognised" >= 0),
  ADD CONSTRAINT "Exchange_fundingAmount_check" CHECK ("fundingAmount" >= 0),
  ADD CONSTRAINT "Exchange_eqfLevel_check" CHECK ("eqfLevel" BETWEEN 1 AND 8),
  ADD CONSTRAINT "Exchange_nationality_check" CHECK ("nationality" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "Exchange_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$');

ALTER TABLE "Visit"
  ADD CONSTRAINT "Visit_dates_check" CHECK ("endsOn" >= "startsOn");

ALTER TABLE "VisitBudgetLine"
  ADD CONSTRAINT "VisitBudgetLine_amount_check" CHECK ("amount" >= 0),
  ADD CONSTRAINT "VisitBudgetLine_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$');

ALTER TABLE "Expert"
  ADD CONSTRAINT "Expert_dates_check" CHECK ("endsOn" >= "startsOn"),
  ADD CONSTRAINT "Expert_nationality_check" CHECK ("nationality" ~ '^[A-Z]{2}$');

ALTER TABLE "ExpertActivity"
  ADD CONSTRAINT "ExpertActivity_count_check" CHECK ("count" >= 0);

ALTER TABLE "Opportunity"
  ADD CONSTRAINT "Opportunity_places_check" CHECK ("places" >= 0),
  ADD CONSTRAINT "Opportunity_applicationWindow_check" CHECK ("applicationClosesAt" >= "applicationOpensAt");

ALTER TABLE "ApplicationChoice"
  ADD CONSTRAINT "ApplicationChoice_rank_check" CHECK ("rank" BETWEEN 1 AND 10);

-- ISO 3166-1 alpha-2 in upper case. Char(2) pads a single letter with a space, which fails too.
ALTER TABLE "Partner"
  ADD CONSTRAINT "Partner_country_check" CHECK ("country" ~ '^[A-Z]{2}$');

-- Sign-in matches emails exactly, so they are stored in lower case whatever the user's role.
ALTER TABLE "User"
  ADD CONSTRAINT "User_email_check" CHECK ("email" = lower("email"));

-- The audit trail is append-only. Deleting a user who has audit events therefore fails too
-- (the foreign key's ON DELETE SET NULL is an UPDATE): disable users instead.
CREATE FUNCTION "AuditEvent_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "AuditEvent_refuse_change"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEvent_refuse_change"();
