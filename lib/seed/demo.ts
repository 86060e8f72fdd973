import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildDemoExchanges, buildDemoExperts, buildDemoVisits } from "./activity";
import { buildDemoAgreements } from "./agreements";
import type { DemoContext, SeedDb, SeededFaculty } from "./context";
import { FACULTIES, type FacultyCode } from "./data/faculties";
import { academicYearOf, startOfDayUtc } from "@/lib/dates";
import { buildDemoPartners } from "./partners";
import { buildDemoPortal } from "./portal";
import { newId } from "./random";
import { buildDemoUsers } from "./users";

// The demo data `npm start` loads into an empty database: a plausible international office
// with ~60 partners, ~90 agreements, ~300 exchanges, visits, experts, programmes and a
// student portal with open calls.
//
// Deterministic: every name, number and choice comes from fixed lists and seeded PRNG
// streams. Dates are offsets from a reference date — the start of today (UTC) unless one
// is given — so the dashboard always has agreements expiring within 30 and 90 days and
// exchanges under way. "Deterministic" therefore means: the same data for the same day.
// Only ids, timestamps and the password hash's salt differ between two runs.

export type DemoSummary = {
  referenceDate: Date;
  currentAcademicYear: number;
  durationMs: number;
  counts: {
    faculties: number;
    users: number;
    partners: number;
    countries: number;
    contacts: number;
    agreements: number;
    approvals: number;
    mobilityTerms: number;
    exchanges: number;
    visits: number;
    experts: number;
    programmes: number;
    opportunities: number;
    applications: number;
  };
};

export type SeedDemoOptions = {
  /** Every demo user's password. */
  password: string;
  /** Defaults to now; the demo is built around the start of that day (UTC). */
  referenceDate?: Date;
};

const INSTITUTION = { nameEn: "Meridian University", nameZh: "子午线大学", academicYearStartMonth: 9 };

/** Refusal to seed a database that is already in use. */
export class DemoSeedRefusedError extends Error {
  override name = "DemoSeedRefusedError";
}

export async function hasAnyUser(db: SeedDb): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) !== null;
}

/** Everything the demo inserts, as rows with their ids already assigned. Pure apart from ids. */
export function buildDemoData(referenceDate: Date, passwordHash: string) {
  const faculties = new Map<FacultyCode, SeededFaculty>(
    FACULTIES.map((faculty, index) => [faculty.code as FacultyCode, { id: newId(), code: faculty.code as FacultyCode, index, isced: faculty.isced }]),
  );
  const facultyRows: Prisma.FacultyCreateManyInput[] = FACULTIES.map((faculty) => ({
    id: faculties.get(faculty.code as FacultyCode)?.id,
    code: faculty.code,
    nameEn: faculty.nameEn,
    nameZh: faculty.nameZh,
  }));
  const users = buildDemoUsers(passwordHash, faculties);
  const partners = buildDemoPartners();
  const ctx: DemoContext = {
    referenceDate,
    currentAcademicYear: academicYearOf(referenceDate),
    faculties,
    partners: partners.seeded,
    users: users.ids,
  };
  const agreements = buildDemoAgreements(ctx);
  const createdById = users.ids.staff;
  return {
    ctx,
    faculties: facultyRows,
    users: users.rows,
    partners: partners.partners.map((row) => ({ ...row, createdById })),
    contacts: partners.contacts.map((row) => ({ ...row, createdById })),
    agreements: { ...agreements, agreements: agreements.agreements.map((row) => ({ ...row, createdById: row.ownerId })) },
    exchanges: buildDemoExchanges(ctx, agreements.seeded).map((row) => ({ ...row, createdById })),
    visits: buildDemoVisits(ctx, agreements.seeded),
    experts: buildDemoExperts(ctx),
    portal: buildDemoPortal(ctx, agreements.seeded),
  };
}

/**
 * Seeds the demo into an empty database, in one transaction. Refuses (DemoSeedRefusedError)
 * when the database has users: the demo's fixed e-mails and reference numbers would clash,
 * and an office's real data must never be mixed with it.
 */
export async function seedDemoData(db: Db, options: SeedDemoOptions): Promise<DemoSummary> {
  const started = performance.now();
  if (await hasAnyUser(db)) {
    throw new DemoSeedRefusedError("Refusing to seed demo data: this database already has users. Reset it first (npm run db:reset).");
  }
  const referenceDate = startOfDayUtc(options.referenceDate ?? new Date());
  // Hashed once for all demo users: argon2id is deliberately slow.
  const passwordHash = await hashPassword(options.password);
  const data = buildDemoData(referenceDate, passwordHash);
  const { agreements, visits, experts, portal } = data;

  await db.$transaction(
    async (tx) => {
      await tx.faculty.createMany({ data: data.faculties });
      await tx.user.createMany({ data: data.users });
      await tx.setting.upsert({
        where: { key: "institution" },
        create: { key: "institution", value: INSTITUTION },
        update: { value: INSTITUTION },
      });
      await tx.partner.createMany({ data: data.partners });
      await tx.partnerContact.createMany({ data: data.contacts });
      // Plan order puts every agreement after the one it supersedes.
      await tx.agreement.createMany({ data: agreements.agreements });
      await tx.agreementPartner.createMany({ data: agreements.agreementPartners });
      await tx.agreementFaculty.createMany({ data: agreements.agreementFaculties });
      await tx.agreementApproval.createMany({ data: agreements.approvals });
      await tx.mobilityTerm.createMany({ data: agreements.mobilityTerms });
      await tx.exchange.createMany({ data: data.exchanges });
      await tx.visit.createMany({ data: visits.visits });
      await tx.visitPartner.createMany({ data: visits.visitPartners });
      await tx.visitMember.createMany({ data: visits.members });
      await tx.visitItineraryItem.createMany({ data: visits.itinerary });
      await tx.visitBudgetLine.createMany({ data: visits.budgetLines });
      await tx.visitFollowUp.createMany({ data: visits.followUps });
      await tx.expert.createMany({ data: experts.experts });
      await tx.expertActivity.createMany({ data: experts.activities });
      await tx.programme.createMany({ data: portal.programmes });
      await tx.programmePartner.createMany({ data: portal.programmePartners });
      await tx.opportunity.createMany({ data: portal.opportunities });
      await tx.application.createMany({ data: portal.applications });
      await tx.applicationChoice.createMany({ data: portal.choices });
      await tx.favourite.createMany({ data: portal.favourites });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );

  return {
    referenceDate,
    currentAcademicYear: data.ctx.currentAcademicYear,
    durationMs: Math.round(performance.now() - started),
    counts: {
      faculties: data.faculties.length,
      users: data.users.length,
      partners: data.partners.length,
      countries: new Set(data.partners.map((partner) => partner.country)).size,
      contacts: data.contacts.length,
      agreements: agreements.agreements.length,
      approvals: agreements.approvals.length,
      mobilityTerms: agreements.mobilityTerms.length,
      exchanges: data.exchanges.length,
      visits: visits.visits.length,
      experts: experts.experts.length,
      programmes: portal.programmes.length,
      opportunities: portal.opportunities.length,
      applications: portal.applications.length,
    },
  };
}
