import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { deployMigrations, migrationStatus, schemaDrift } from "./commands";

// The run's database was built by deployMigrations (lib/testing/db-global-setup.ts).
const url = inject("databaseUrl");
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

describe("migrations", () => {
  it("build exactly what prisma/schema.prisma describes", async () => {
    const missing = await schemaDrift(url);
    expect(missing, "prisma/migrations lags behind the schema: npm run db:migrate -- --name <change>").toBe("");
  });

  it("report what the schema adds when they disagree", async () => {
    const dir = await mkdtemp(join(tmpdir(), "meridian-drift-"));
    const schemaPath = join(dir, "schema.prisma");
    const schema = await readFile("prisma/schema.prisma", "utf8");
    await writeFile(schemaPath, `${schema}\nmodel DriftProbe {\n  id Int @id\n}\n`);
    try {
      expect(await schemaDrift(url, { schemaPath })).toMatch(/CREATE TABLE "DriftProbe"/);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it("apply nothing to a database that has them all", async () => {
    expect(await deployMigrations(url)).toEqual([]);
  });

  it("leave a database the engine sees no drift in, hand-written rules included", async () => {
    const status = await migrationStatus(url);
    expect(status).toMatchObject({ pending: [], failed: [], edited: [], unknown: [], drift: null });
    expect(status.applied).toEqual(expect.arrayContaining([expect.stringMatching(/_init$/), expect.stringMatching(/_constraints$/)]));
  });
});

describe("hand-written constraints", () => {
  const agreement = (referenceNumber: string) => ({ referenceNumber, title: "Test agreement", kind: "MOU" as const });

  it("refuse an agreement that expires before it takes effect", async () => {
    const dates = { effectiveOn: new Date("2026-09-01"), expiresOn: new Date("2026-08-31") };
    await expect(db().agreement.create({ data: { ...agreement(unique("EXP")), ...dates } })).rejects.toThrow(
      /Agreement_expiresOn_check/,
    );
  });

  it("keep reference numbers unique among live agreements only", async () => {
    const reference = unique("REF");
    const first = await db().agreement.create({ data: agreement(reference), select: { id: true } });
    await expect(db().agreement.create({ data: agreement(reference) })).rejects.toThrow(/Agreement_referenceNumber_live_key/);

    await db().agreement.update({ where: { id: first.id }, data: { deletedAt: new Date() } });
    await expect(db().agreement.create({ data: agreement(reference), select: { id: true } })).resolves.toBeDefined();
  });

  it("keep the audit trail append-only", async () => {
    const event = await db().auditEvent.create({
      data: { action: "CREATE", entityType: "Test", entityId: unique("audit") },
      select: { id: true },
    });
    await expect(db().auditEvent.update({ where: { id: event.id }, data: { ip: "127.0.0.1" } })).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(db().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only: DELETE refused/);
    await expect(db().$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only: TRUNCATE refused/);
  });

  it("refuse country codes that are not two capital letters", async () => {
    const partner = { nameEn: unique("Partner"), kind: "UNIVERSITY" as const };
    await expect(db().partner.create({ data: { ...partner, country: "fr" } })).rejects.toThrow(/Partner_country_check/);
    await expect(db().partner.create({ data: { ...partner, country: "FR" }, select: { id: true } })).resolves.toBeDefined();
  });
});
