import type { Prisma } from "@/lib/generated/prisma/client";
import { requireEntry, type DemoContext, type SeedDb, type SeededAgreement } from "./context";
import { OPPORTUNITY_PLANS, PROGRAMME_PLANS, type OpportunityPlan } from "./data/portal";
import { addDays, atTime } from "@/lib/dates";
import { newId, uniqueSuffix } from "./random";
import { createPartner } from "./partners";

// ---------- single records, for tests ----------

export type NewProgramme = Partial<Prisma.ProgrammeUncheckedCreateInput> & { partnerIds?: string[] };

export async function createProgramme(db: SeedDb, input: NewProgramme = {}) {
  const { partnerIds = [], ...data } = input;
  return db.programme.create({
    data: {
      name: `Test programme ${uniqueSuffix()}`,
      kind: "JOINT_LAB",
      level: "UNIVERSITY",
      ...data,
      partners: { create: partnerIds.map((partnerId) => ({ partnerId })) },
    },
  });
}

/** One opportunity (DRAFT unless told); a fresh partner is created unless `partnerId` is given. */
export async function createOpportunity(db: SeedDb, data: Partial<Prisma.OpportunityUncheckedCreateInput> = {}) {
  const partnerId = data.partnerId ?? (await createPartner(db)).id;
  return db.opportunity.create({
    data: { title: `Test opportunity ${uniqueSuffix()}`, places: 2, ...data, partnerId },
  });
}

// ---------- the demo portal ----------

// Windows close at 23:59:59 China Standard Time (15:59:59 UTC): the office's deadline.
function applicationWindow(plan: OpportunityPlan, ref: Date): { opens: Date; closes: Date } {
  const closing = (day: Date) => new Date(atTime(day, 15, 59).getTime() + 59_000);
  switch (plan.window) {
    case "open":
      return { opens: addDays(ref, -20), closes: closing(addDays(ref, 25)) };
    case "past":
      return { opens: addDays(ref, -120), closes: closing(addDays(ref, -60)) };
    case "future":
      return { opens: addDays(ref, 30), closes: closing(addDays(ref, 75)) };
  }
}

/** Programmes, opportunities, and student@example.edu's application and favourites. */
export function buildDemoPortal(ctx: DemoContext, agreements: readonly SeededAgreement[]) {
  const ref = ctx.referenceDate;
  const agreementByKey = new Map(agreements.map((agreement) => [agreement.key, agreement]));

  const programmes: Prisma.ProgrammeCreateManyInput[] = [];
  const programmePartners: Prisma.ProgrammePartnerCreateManyInput[] = [];
  const programmeIds = new Map<string, string>();
  for (const plan of PROGRAMME_PLANS) {
    const id = newId();
    programmeIds.set(plan.key, id);
    const agreement = plan.agreement ? requireEntry(agreementByKey, plan.agreement, "agreement") : undefined;
    programmes.push({
      id,
      name: plan.name,
      nameNative: plan.nameNative,
      kind: plan.kind,
      level: plan.level,
      status: plan.status,
      establishedOn: agreement?.effectiveOn ?? (plan.established === undefined ? null : addDays(ref, plan.established)),
      // A cooperative school runs under its programme agreement's ministry approval.
      ministryApprovalNumber: agreement?.ministryApprovalNumber ?? null,
      description: plan.description,
      notes: plan.notes ?? null,
    });
    for (const key of plan.partners) {
      programmePartners.push({ programmeId: id, partnerId: requireEntry(ctx.partners, key, "partner").id });
    }
  }

  const opportunities: Prisma.OpportunityCreateManyInput[] = [];
  const opportunityIds = new Map<string, string>();
  for (const plan of OPPORTUNITY_PLANS) {
    const id = newId();
    opportunityIds.set(plan.key, id);
    const agreement = plan.agreement ? requireEntry(agreementByKey, plan.agreement, "agreement") : undefined;
    if (agreement && plan.status === "PUBLISHED" && agreement.status !== "ACTIVE") {
      throw new Error(`Opportunity ${plan.key} is published from an agreement that is not active`);
    }
    const { opens, closes } = applicationWindow(plan, ref);
    opportunities.push({
      id,
      title: plan.title,
      titleZh: plan.titleZh,
      agreementId: agreement?.id ?? null,
      programmeId: plan.programme ? requireEntry(programmeIds, plan.programme, "programme") : null,
      partnerId: requireEntry(ctx.partners, plan.partner, "partner").id,
      status: plan.status,
      places: plan.places,
      eqfLevels: [...plan.eqfLevels],
      iscedCodes: [...plan.iscedCodes],
      languageCode: plan.languageCode,
      cefrLevel: plan.cefrLevel,
      durationMonths: plan.durationMonths.toFixed(1),
      costs: plan.costs,
      tuitionWaived: plan.tuitionWaived,
      applicationOpensAt: opens,
      applicationClosesAt: closes,
      description: plan.description,
      publishedAt: plan.status === "DRAFT" ? null : opens,
      createdById: ctx.users.staff,
    });
  }

  // student@example.edu has applied for next year, TUM first and Deakin second, and keeps
  // two favourites, so the portal's "my applications" and "saved" pages are not empty.
  const applicationId = newId();
  const applications: Prisma.ApplicationCreateManyInput[] = [
    {
      id: applicationId,
      studentId: ctx.users.student,
      academicYear: ctx.currentAcademicYear + 1,
      status: "SUBMITTED",
      motivation:
        "I want to study engineering management in an international setting and improve my German alongside English-taught courses. " +
        "TUM's courses on production systems match my final-year project.",
      submittedAt: atTime(addDays(ref, -3), 2, 15),
    },
  ];
  const choices: Prisma.ApplicationChoiceCreateManyInput[] = [
    { id: newId(), applicationId, opportunityId: requireEntry(opportunityIds, "tum", "opportunity"), rank: 1 },
    { id: newId(), applicationId, opportunityId: requireEntry(opportunityIds, "deakin", "opportunity"), rank: 2 },
  ];
  const favourites: Prisma.FavouriteCreateManyInput[] = [
    { userId: ctx.users.student, opportunityId: requireEntry(opportunityIds, "tum", "opportunity") },
    { userId: ctx.users.student, opportunityId: requireEntry(opportunityIds, "tohoku-summer", "opportunity") },
  ];
  return { programmes, programmePartners, opportunities, applications, choices, favourites, programmeIds };
}
