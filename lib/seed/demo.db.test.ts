import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createPrismaClient, db, type Db } from "@/lib/db";
import { AgreementKind, AgreementStatus } from "@/lib/generated/prisma/enums";
import { deployMigrations } from "@/lib/migrations/commands";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-server";
import { createExchange, createExpert, createVisit } from "./activity";
import { createAgreement, createMobilityTerm } from "./agreements";
import { addDays, startOfDayUtc } from "@/lib/dates";
import { DemoSeedRefusedError, hasAnyUser, seedDemoData, type DemoSummary } from "./demo";
import { createPartner, createPartnerContact } from "./partners";
import { createOpportunity, createProgramme } from "./portal";
import { uniqueSuffix } from "./random";
import { createDemoUser } from "./users";

// seedDemoData needs an empty database, so it runs on two databases of its own (the second
// proves determinism) rather than the run's shared one. The single-record helpers run on
// the shared database with unique data, like every other db test.

type Fresh = { database: TestDatabase; client: Db };

async function freshDatabase(): Promise<Fresh> {
  const database = await createTestDatabase("seed");
  await deployMigrations(database.url);
  return { database, client: createPrismaClient(database.url, 2) };
}

// A digest of everything seeded, without ids and timestamps: ids are replaced by the
// natural key of the row they point to, so two seeds compare equal when their content does.
async function digestOf(client: Db): Promise<string> {
  const keys = new Map<string, string>();
  const remember = <T extends { id: string }>(rows: T[], key: (row: T) => string) => {
    for (const row of rows) keys.set(row.id, key(row));
    return rows;
  };
  const users = remember(await client.user.findMany(), (u) => `user:${u.email}`);
  const tables: Record<string, object[]> = {
    faculty: remember(await client.faculty.findMany(), (f) => `faculty:${f.code}`),
    user: users,
    partner: remember(await client.partner.findMany(), (p) => `partner:${p.nameEn}`),
    agreement: remember(await client.agreement.findMany(), (a) => `agreement:${a.referenceNumber}`),
    visit: remember(await client.visit.findMany(), (v) => `visit:${v.title}`),
    expert: remember(await client.expert.findMany(), (e) => `expert:${e.name}`),
    programme: remember(await client.programme.findMany(), (p) => `programme:${p.name}`),
    opportunity: remember(await client.opportunity.findMany(), (o) => `opportunity:${o.title}`),
    application: remember(await client.application.findMany(), (a) => `application:${keys.get(a.studentId) ?? a.studentId}:${a.academicYear}`),
    setting: await client.setting.findMany(),
    partnerContact: await client.partnerContact.findMany(),
    agreementPartner: await client.agreementPartner.findMany(),
    agreementFaculty: await client.agreementFaculty.findMany(),
    agreementApproval: await client.agreementApproval.findMany(),
    mobilityTerm: await client.mobilityTerm.findMany(),
    exchange: await client.exchange.findMany(),
    visitPartner: await client.visitPartner.findMany(),
    visitMember: await client.visitMember.findMany(),
    visitItineraryItem: await client.visitItineraryItem.findMany(),
    visitBudgetLine: await client.visitBudgetLine.findMany(),
    visitFollowUp: await client.visitFollowUp.findMany(),
    expertActivity: await client.expertActivity.findMany(),
    programmePartner: await client.programmePartner.findMany(),
    applicationChoice: await client.applicationChoice.findMany(),
    favourite: await client.favourite.findMany(),
  };
  const hash = createHash("sha256");
  for (const [table, rows] of Object.entries(tables)) {
    const lines = rows.map((row) => {
      const entries = Object.entries(row)
        .filter(([field]) => !["id", "createdAt", "updatedAt"].includes(field))
        .map(([field, value]) => [field, typeof value === "string" ? (keys.get(value) ?? value) : value] as const)
        .sort(([a], [b]) => a.localeCompare(b));
      return JSON.stringify(entries);
    });
    hash.update(`${table}\n${lines.sort().join("\n")}\n`);
  }
  return hash.digest("hex");
}

describe("seedDemoData", () => {
  // Both seeds use the same day, even if the run crosses midnight UTC.
  const referenceDate = startOfDayUtc();
  const in30 = addDays(referenceDate, 30);
  const in90 = addDays(referenceDate, 90);
  let first: Fresh;
  let second: Fresh;
  let summary: DemoSummary;

  beforeAll(async () => {
    [first, second] = await Promise.all([freshDatabase(), freshDatabase()]);
    summary = await seedDemoData(first.client, { password: "demo-password-1", referenceDate });
  }, 120_000);

  afterAll(async () => {
    for (const fresh of [first, second]) {
      if (!fresh) continue;
      await fresh.client.$disconnect();
      await fresh.database.drop();
    }
  });

  it("creates an office's worth of records and reports them", async () => {
    const c = first.client;
    const partners = await c.partner.count();
    const countries = (await c.partner.groupBy({ by: ["country"] })).length;
    expect(partners).toBeGreaterThanOrEqual(55);
    expect(partners).toBeLessThanOrEqual(70);
    expect(countries).toBeGreaterThanOrEqual(15);
    expect(await c.agreement.count()).toBeGreaterThanOrEqual(85);
    expect(await c.exchange.count()).toBeGreaterThanOrEqual(280);
    expect(await c.visit.count()).toBeGreaterThanOrEqual(20);
    expect(await c.expert.count()).toBeGreaterThanOrEqual(12);
    expect(await c.programme.count()).toBeGreaterThanOrEqual(6);
    expect(await c.opportunity.count()).toBeGreaterThanOrEqual(6);
    expect(await c.faculty.count()).toBe(8);
    expect(summary.counts).toMatchObject({
      partners,
      countries,
      agreements: await c.agreement.count(),
      exchanges: await c.exchange.count(),
      mobilityTerms: await c.mobilityTerm.count(),
      users: await c.user.count(),
    });
    expect(summary.referenceDate).toEqual(referenceDate);
    // Several partners have more than one contact, every partner has at least one.
    expect(await c.partner.count({ where: { contacts: { none: {} } } })).toBe(0);
    expect(await c.partner.count({ where: { notes: { not: null } } })).toBeGreaterThanOrEqual(5);
    // Stored as the partner form stores them: the bare id, which the page links to ror.org.
    expect(await c.partner.count({ where: { rorId: { startsWith: "0" } } })).toBeGreaterThanOrEqual(5);
    expect(await c.partner.count({ where: { rorId: { startsWith: "http" } } })).toBe(0);
    expect(await c.partner.count({ where: { erasmusCode: { not: null } } })).toBeGreaterThanOrEqual(5);
    const kinds = (await c.partner.groupBy({ by: ["kind"] })).map((row) => row.kind);
    expect(kinds).toEqual(expect.arrayContaining(["UNIVERSITY", "RESEARCH_INSTITUTE", "ENTERPRISE", "GOVERNMENT_BODY", "INTERNATIONAL_ORGANISATION"]));
    expect(await c.setting.findUnique({ where: { key: "institution" } })).toMatchObject({
      value: { nameEn: "Meridian University", nameZh: "子午线大学", academicYearStartMonth: 9 },
    });
  });

  it("gives every demo user the demo password", async () => {
    const users = await first.client.user.findMany({ omit: { passwordHash: false }, orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.role])).toEqual(
      expect.arrayContaining([
        ["admin@example.edu", "ADMIN"],
        ["staff@example.edu", "STAFF"],
        ["student@example.edu", "STUDENT"],
      ]),
    );
    expect(users.filter((u) => u.role === "STAFF")).toHaveLength(2);
    expect(users.filter((u) => u.role === "STUDENT").length).toBeGreaterThanOrEqual(3);
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1);
    const admin = users.find((u) => u.email === "admin@example.edu");
    expect(admin?.name).toBe("Alex Morgan");
    expect(await verifyPassword(admin?.passwordHash ?? "", "demo-password-1")).toBe(true);
  });

  it("covers every agreement kind and status, with dates that agree with the status", async () => {
    const c = first.client;
    const kinds = (await c.agreement.groupBy({ by: ["kind"] })).map((row) => row.kind);
    const statuses = (await c.agreement.groupBy({ by: ["status"] })).map((row) => row.status);
    expect(kinds.sort()).toEqual(Object.values(AgreementKind).sort());
    expect(statuses.sort()).toEqual(Object.values(AgreementStatus).sort());
    expect(await c.agreement.count({ where: { status: "ACTIVE", OR: [{ effectiveOn: { gt: referenceDate } }, { expiresOn: { lt: referenceDate } }] } })).toBe(0);
    expect(await c.agreement.count({ where: { status: "EXPIRED", expiresOn: { gte: referenceDate } } })).toBe(0);
    const references = await c.agreement.findMany({ select: { referenceNumber: true } });
    expect(references.every((a) => /^MER-\d{4}-\d{3}$/.test(a.referenceNumber))).toBe(true);
    // Signed agreements carry their approval trail.
    expect(await c.agreement.count({ where: { status: "ACTIVE", approvals: { none: { decision: "APPROVED" } } } })).toBe(0);
    expect(await c.agreementApproval.count({ where: { decision: "PROPOSED" } })).toBeGreaterThan(50);
  });

  it("has active agreements expiring within 30 days and within 90 days of the reference date", async () => {
    const c = first.client;
    const within30 = await c.agreement.count({ where: { status: "ACTIVE", expiresOn: { gte: referenceDate, lte: in30 } } });
    const from31to90 = await c.agreement.count({ where: { status: "ACTIVE", expiresOn: { gt: in30, lte: in90 } } });
    expect(within30).toBeGreaterThanOrEqual(2);
    expect(from31to90).toBeGreaterThanOrEqual(2);
  });

  it("has an agreement in force whose termination, recorded with its date in the trail, is still to come", async () => {
    const ending = await first.client.agreement.findMany({
      where: { status: "ACTIVE", terminatesOn: { gt: referenceDate } },
      select: { terminatesOn: true, expiresOn: true, approvals: { where: { decision: "TERMINATED" }, select: { takesEffectOn: true } } },
    });
    expect(ending).toHaveLength(1);
    expect(ending[0]!.approvals).toEqual([{ takesEffectOn: ending[0]!.terminatesOn }]);
    expect(ending[0]!.terminatesOn! <= ending[0]!.expiresOn!).toBe(true);
  });

  it("has a renewal chain of three, a multilateral agreement and a ministry-approved cooperative programme", async () => {
    const c = first.client;
    const chain = await c.agreement.findFirst({
      where: { status: "ACTIVE", supersedes: { status: "SUPERSEDED", supersedes: { status: "SUPERSEDED" } } },
      select: { effectiveOn: true, supersedes: { select: { expiresOn: true, supersedes: { select: { id: true } } } } },
    });
    expect(chain?.supersedes?.supersedes?.id).toBeDefined();
    expect(chain?.supersedes?.expiresOn && chain.effectiveOn && chain.supersedes.expiresOn < chain.effectiveOn).toBe(true);

    const multilateral = await c.agreement.findMany({ select: { _count: { select: { partners: true } } } });
    expect(multilateral.some((a) => a._count.partners >= 3)).toBe(true);

    const cooperative = await c.agreement.findFirst({
      where: { kind: "COOPERATIVE_PROGRAMME", status: "ACTIVE", ministryApprovalNumber: { not: null }, ministryApprovedOn: { not: null } },
    });
    expect(cooperative?.ministryApprovalNumber).toMatch(/^MOE\d{2}[A-Z]{2}\d[A-Z]\d{8}N$/);
    expect(await c.programme.count({ where: { ministryApprovalNumber: { not: null } } })).toBeGreaterThanOrEqual(1);
  });

  it("gives exchange-type agreements EWP mobility terms in both directions", async () => {
    const c = first.client;
    const terms = await c.mobilityTerm.findMany({ where: { agreement: { kind: "STUDENT_EXCHANGE" } } });
    const outgoing = terms.filter((t) => t.sendingPartnerId === null);
    const incoming = terms.filter((t) => t.receivingPartnerId === null);
    expect(outgoing.length).toBeGreaterThan(10);
    expect(incoming.length).toBeGreaterThan(10);
    for (const type of ["STUDENT_STUDIES", "STAFF_TEACHING"] as const) {
      expect(outgoing.some((t) => t.mobilityType === type)).toBe(true);
      expect(incoming.some((t) => t.mobilityType === type)).toBe(true);
    }
    for (const t of terms) {
      const student = t.mobilityType === "STUDENT_STUDIES";
      expect(student ? t.monthsPerYear : t.daysPerYear).not.toBeNull();
      expect(t.eqfLevels.every((level) => level >= 5 && level <= 8)).toBe(true);
      expect(t.iscedCodes.every((code) => /^\d{4}$/.test(code))).toBe(true);
    }
  });

  it("has exchanges both ways over three academic years, with statuses that agree with their dates", async () => {
    const c = first.client;
    const year = summary.currentAcademicYear;
    const groups = await c.exchange.groupBy({ by: ["academicYear", "direction"], _count: true });
    expect(groups.map((g) => `${g.academicYear}:${g.direction}`).sort()).toEqual(
      [year - 2, year - 1, year].flatMap((y) => [`${y}:INBOUND`, `${y}:OUTBOUND`]).sort(),
    );
    expect(await c.exchange.count({ where: { status: "COMPLETED", endsOn: { gte: referenceDate } } })).toBe(0);
    expect(await c.exchange.count({ where: { status: "UNDER_WAY", OR: [{ startsOn: { gt: referenceDate } }, { endsOn: { lt: referenceDate } }] } })).toBe(0);
    expect(await c.exchange.count({ where: { status: { in: ["PLANNED", "NOMINATED", "ACCEPTED"] }, startsOn: { lte: referenceDate } } })).toBe(0);
    expect(await c.exchange.count({ where: { status: "UNDER_WAY" } })).toBeGreaterThan(0);
    expect((await c.exchange.groupBy({ by: ["kind"] })).length).toBe(8);
    expect(await c.exchange.count({ where: { agreementId: { not: null } } })).toBeGreaterThan(150);
    // Inbound participants come from the partner's country.
    const inbound = await c.exchange.findMany({ where: { direction: "INBOUND" }, select: { nationality: true, partner: { select: { country: true } } } });
    expect(inbound.every((e) => e.nationality === e.partner.country)).toBe(true);
    expect(await c.exchange.count({ where: { status: "COMPLETED", participantType: "STUDENT", creditsEarned: null } })).toBe(0);
  });

  it("has visits, experts and a student portal with open calls", async () => {
    const c = first.client;
    expect((await c.visit.groupBy({ by: ["direction"] })).length).toBe(2);
    expect(await c.visitFollowUp.count({ where: { agreementId: { not: null } } })).toBeGreaterThanOrEqual(1);
    expect(await c.visitItineraryItem.count()).toBeGreaterThan(50);
    expect(await c.expertActivity.count()).toBeGreaterThan(15);
    expect(await c.expert.count({ where: { startsOn: { lte: referenceDate }, endsOn: { gte: referenceDate } } })).toBeGreaterThan(0);
    expect((await c.programme.groupBy({ by: ["kind"] })).length).toBeGreaterThanOrEqual(5);

    const now = new Date();
    const open = await c.opportunity.findMany({
      where: { status: "PUBLISHED", applicationOpensAt: { lte: now }, applicationClosesAt: { gte: now } },
      select: { agreement: { select: { status: true } } },
    });
    expect(open.length).toBeGreaterThanOrEqual(3);
    expect(open.every((o) => o.agreement?.status === "ACTIVE")).toBe(true);
    expect(await c.opportunity.count({ where: { status: "DRAFT" } })).toBeGreaterThanOrEqual(1);
    expect(await c.opportunity.count({ where: { status: "CLOSED" } })).toBeGreaterThanOrEqual(1);

    const application = await c.application.findFirst({
      where: { student: { email: "student@example.edu" } },
      include: { choices: { orderBy: { rank: "asc" } } },
    });
    expect(application?.status).toBe("SUBMITTED");
    expect(application?.choices.map((choice) => choice.rank)).toEqual([1, 2]);
    expect(await c.favourite.count({ where: { user: { email: "student@example.edu" } } })).toBeGreaterThanOrEqual(1);
  });

  it("is deterministic: a second database seeded for the same day holds the same data", async () => {
    await seedDemoData(second.client, { password: "demo-password-1", referenceDate });
    const names = (client: Db) => client.partner.findMany({ select: { nameEn: true }, orderBy: { nameEn: "asc" } });
    const references = (client: Db) => client.agreement.findMany({ select: { referenceNumber: true, title: true }, orderBy: { referenceNumber: "asc" } });
    expect(await names(second.client)).toEqual(await names(first.client));
    expect(await references(second.client)).toEqual(await references(first.client));
    expect(await digestOf(second.client)).toBe(await digestOf(first.client));
  });

  it("refuses to seed a database that already has users", async () => {
    const before = await first.client.partner.count();
    expect(await hasAnyUser(first.client)).toBe(true);
    await expect(seedDemoData(first.client, { password: "demo-password-1", referenceDate })).rejects.toThrow(DemoSeedRefusedError);
    await expect(seedDemoData(first.client, { password: "demo-password-1", referenceDate })).rejects.toThrow(/already has users/);
    expect(await first.client.partner.count()).toBe(before);
  });
});

describe("seed helpers", () => {
  it("create single records with unique defaults", async () => {
    const client = db();
    const suffix = uniqueSuffix();
    const user = await createDemoUser(client, { email: `Helper.${suffix}@Example.edu`, role: "STAFF" });
    expect(user).toMatchObject({ email: `helper.${suffix}@example.edu`, role: "STAFF" });
    expect(user.name).toMatch(/^Helper /);

    const [a, b] = [await createPartner(client), await createPartner(client, { country: "JP", nameEn: `Helper University ${suffix}` })];
    expect(a.nameEn).not.toBe(b.nameEn);
    expect(b.country).toBe("JP");
    await createPartnerContact(client, b.id, { name: "Yui Tanaka" });

    const agreement = await createAgreement(client, { partnerIds: [a.id, b.id], kind: "STUDENT_EXCHANGE", ownerId: user.id });
    expect(agreement.partners).toHaveLength(2);
    expect(agreement.status).toBe("DRAFT");
    await createMobilityTerm(client, agreement.id, { receivingPartnerId: a.id });

    const exchange = await createExchange(client, { partnerId: a.id, agreementId: agreement.id });
    expect(exchange.academicYear).toBe(2025);
    await createVisit(client, { partnerIds: [a.id] });
    await createExpert(client, { partnerId: b.id });
    await createProgramme(client, { partnerIds: [b.id] });
    const opportunity = await createOpportunity(client, { partnerId: a.id, agreementId: agreement.id });
    expect(opportunity.status).toBe("DRAFT");
  });
});
