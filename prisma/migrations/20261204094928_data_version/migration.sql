-- The office lists' data version (lib/data/list-cache.ts): cached list results are kept per
-- version, and the triggers below raise it inside every transaction that changes what the
-- lists show. A reader that sees the new version therefore also sees the new rows, on any
-- server. The raise is deferred to the end of the transaction and done once per
-- transaction: writers queue on the one row only while they commit, and since it is every
-- transaction's last lock, two writers cannot deadlock on it.
CREATE TABLE "DataVersion" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DataVersion_one_row" CHECK ("id")
);

INSERT INTO "DataVersion" ("id", "version") VALUES (true, 0);

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('meridian.data_version_raised', true) IS DISTINCT FROM 'yes' THEN
    PERFORM set_config('meridian.data_version_raised', 'yes', true);
    UPDATE "DataVersion" SET "version" = "version" + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Partner_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Partner"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();
CREATE CONSTRAINT TRIGGER "Agreement_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Agreement"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();
CREATE CONSTRAINT TRIGGER "AgreementPartner_data_version" AFTER INSERT OR UPDATE OR DELETE ON "AgreementPartner"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();
CREATE CONSTRAINT TRIGGER "AgreementFaculty_data_version" AFTER INSERT OR UPDATE OR DELETE ON "AgreementFaculty"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();
CREATE CONSTRAINT TRIGGER "Faculty_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Faculty"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();
-- Users appear in the lists as owners (name) and in the owner filter (role, disabled); their
-- sign-in bookkeeping does not raise the version.
CREATE CONSTRAINT TRIGGER "User_data_version" AFTER INSERT OR DELETE OR UPDATE OF "name", "email", "role", "disabledAt" ON "User"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();
-- TRUNCATE (tests, resets) has no row triggers.
CREATE TRIGGER "Partner_data_version_truncate" AFTER TRUNCATE ON "Partner" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER "Agreement_data_version_truncate" AFTER TRUNCATE ON "Agreement" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER "AgreementPartner_data_version_truncate" AFTER TRUNCATE ON "AgreementPartner" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER "AgreementFaculty_data_version_truncate" AFTER TRUNCATE ON "AgreementFaculty" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER "Faculty_data_version_truncate" AFTER TRUNCATE ON "Faculty" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER "User_data_version_truncate" AFTER TRUNCATE ON "User" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
