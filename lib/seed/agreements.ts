import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementKind, CefrLevel, MobilityType } from "@/lib/generated/prisma/enums";
import { requireEntry, type DemoContext, type SeedDb, type SeededAgreement } from "./context";
import { AGREEMENT_PLANS, type AgreementPlan } from "./data/agreements";
import { academicYearOf, addDays, addYears, atTime, isoDate } from "@/lib/dates";
import { createRandom, newId, uniqueSuffix, type Random } from "./random";
import { createPartner } from "./partners";

const EXCHANGE_KINDS: ReadonlySet<AgreementKind> = new Set(["STUDENT_EXCHANGE", "STAFF_EXCHANGE", "JOINT_DEGREE"]);

export type NewAgreement = Partial<Omit<Prisma.AgreementUncheckedCreateInput, "partners" | "faculties">> & {
  /** Partners to link; one fresh partner is created when none are given. */
  partnerIds?: string[];
  facultyIds?: string[];
};

/** One agreement with its partner links, for tests: unique reference number, DRAFT unless told. */
export async function createAgreement(db: SeedDb, input: NewAgreement = {}) {
  const { partnerIds, facultyIds, ...data } = input;
  const partners = partnerIds?.length ? partnerIds : [(await createPartner(db)).id];
  const suffix = uniqueSuffix();
  return db.agreement.create({
    data: {
      referenceNumber: `TEST-${suffix}`,
      title: `Test agreement ${suffix}`,
      kind: "MOU",
      ...data,
      partners: { create: partners.map((partnerId) => ({ partnerId })) },
      faculties: { create: (facultyIds ?? []).map((facultyId) => ({ facultyId })) },
    },
    include: { partners: true },
  });
}

/** One EWP-shaped mobility term; a null partner on either side is Meridian itself. */
export async function createMobilityTerm(
  db: SeedDb,
  agreementId: string,
  data: Partial<Omit<Prisma.MobilityTermUncheckedCreateInput, "agreementId">> = {},
) {
  return db.mobilityTerm.create({
    data: {
      agreementId,
      mobilityType: "STUDENT_STUDIES",
      fromAcademicYear: 2025,
      toAcademicYear: 2029,
      placesPerYear: 2,
      monthsPerYear: 10,
      eqfLevels: [6],
      iscedCodes: ["0613"],
      languageCode: "en",
      cefrLevel: "B2",
      ...data,
    },
  });
}

// ---------- the demo register ----------

type Dates = { signedOn: Date | null; effectiveOn: Date | null; expiresOn: Date | null };

function resolveDates(plan: AgreementPlan, ref: Date, random: Random, previous: Map<string, Dates>): Dates {
  if (plan.status === "DRAFT" || plan.status === "IN_NEGOTIATION") {
    return { signedOn: null, effectiveOn: null, expiresOn: null };
  }
  if (plan.status === "AWAITING_SIGNATURE") {
    // A planned start is known; the signature is what is missing.
    const effectiveOn = plan.effective === undefined ? null : addDays(ref, plan.effective);
    return { signedOn: null, effectiveOn, expiresOn: effectiveOn && addDays(addYears(effectiveOn, plan.years), -1) };
  }
  let effectiveOn: Date;
  let expiresOn: Date;
  if (plan.expires !== undefined) {
    expiresOn = addDays(ref, plan.expires);
    effectiveOn = addDays(addYears(expiresOn, -plan.years), 1);
  } else {
    if (plan.effective !== undefined) {
      effectiveOn = addDays(ref, plan.effective);
    } else {
      // A renewal takes over the day after the agreement it renews ran out.
      const before = plan.supersedes ? previous.get(plan.supersedes) : undefined;
      if (!before?.expiresOn) throw new Error(`Agreement plan ${plan.key} needs a start date`);
      effectiveOn = addDays(before.expiresOn, 1);
    }
    expiresOn = addDays(addYears(effectiveOn, plan.years), -1);
  }
  // Cooperative programmes are signed long before their first intake: the ministry approves in between.
  const lead = plan.ministryApproval ? random.int(280, 320) : random.int(3, 45);
  return { signedOn: addDays(effectiveOn, -lead), effectiveOn, expiresOn };
}

// The demo is only useful if its statuses agree with its dates; a plan typo fails loudly.
function assertConsistent(plan: AgreementPlan, dates: Dates, ref: Date) {
  const { effectiveOn, expiresOn } = dates;
  const bad = (why: string) => new Error(`Agreement plan ${plan.key} (${plan.status}): ${why}`);
  if (effectiveOn && expiresOn && expiresOn < effectiveOn) throw bad("expires before it takes effect");
  if (plan.status === "ACTIVE" && !(effectiveOn && effectiveOn <= ref && expiresOn && expiresOn >= ref)) {
    throw bad(`must be in force on ${isoDate(ref)}`);
  }
  if (plan.status === "EXPIRED" && !(expiresOn && expiresOn < ref)) throw bad("must have expired");
  if (plan.status === "AWAITING_SIGNATURE" && effectiveOn && effectiveOn <= ref) throw bad("must start in the future");
  if (plan.terminates !== undefined && !(plan.status === "ACTIVE" && plan.terminates > 0 && expiresOn && addDays(ref, plan.terminates) <= expiresOn)) {
    throw bad("a termination still to come needs an agreement in force until then");
  }
}

const KIND_TITLES: Record<AgreementKind, string> = {
  MOU: "Memorandum of Understanding",
  STUDENT_EXCHANGE: "Student Exchange Agreement",
  STAFF_EXCHANGE: "Staff Exchange Agreement",
  JOINT_DEGREE: "Joint Degree Agreement",
  COOPERATIVE_PROGRAMME: "Cooperative Education Programme Agreement",
  RESEARCH: "Research Cooperation Agreement",
  JOINT_LAB: "Joint Laboratory Agreement",
  TRAINING: "Training Cooperation Agreement",
  OTHER: "Cooperation Agreement",
};

const SCOPES: Record<AgreementKind, string> = {
  MOU: "Framework for cooperation in teaching, research and staff development: exchange of students and staff, joint research and conferences, exchange of academic materials. Specific activities are governed by separate agreements.",
  STUDENT_EXCHANGE: "Reciprocal exchange of undergraduate and postgraduate students for one or two semesters, on the places, levels and subject areas set out in the mobility terms. Includes staff teaching mobility.",
  STAFF_EXCHANGE: "Short-term mobility of academic and administrative staff for teaching and training, on the terms set out in the mobility terms.",
  JOINT_DEGREE: "Students complete part of their studies at each institution and, on meeting both institutions' requirements, receive a degree from each.",
  COOPERATIVE_PROGRAMME: "A Chinese-foreign cooperatively-run undergraduate programme approved by the Ministry of Education: joint curriculum, partner faculty teaching at least one third of the core courses, mutual recognition of credits, degrees from both universities.",
  RESEARCH: "Joint research projects, co-supervision of doctoral candidates, joint publications and applications for external funding; intellectual property as set out in the annex.",
  JOINT_LAB: "Establishment and joint operation of a laboratory: governance by a joint steering committee, shared equipment and staff, annual work plan and report.",
  TRAINING: "Short training programmes and internships for students and teachers: programme design, hosting, certificates and quality review.",
  OTHER: "Cooperation as described in the agreement text.",
};

const PROPOSE_COMMENTS = [
  "Text agreed with the partner's international office; please approve for signature.",
  "Renewal on unchanged terms; places updated to last year's figures.",
  "Legal office has reviewed the draft; no objections.",
  "Faculty dean supports; budget impact nil (reciprocal tuition waiver).",
];
const APPROVE_COMMENTS = ["Approved.", "Approved; sign in two originals, English and Chinese.", "Approved — please upload the signed scan.", "Approved at the international affairs meeting."];

const RETURN_COMMENTS = [
  "Please clarify the intellectual-property clause with the partner's legal service before resubmitting.",
  "The Chinese and English versions differ on the term; align them first.",
  "Add the faculty's plan for the first two years before this goes to signature.",
];

function isExchangeType(kind: AgreementKind) {
  return EXCHANGE_KINDS.has(kind);
}

type TermInput = {
  agreementId: string;
  sending: string | null;
  receiving: string | null;
  type: MobilityType;
  from: number;
  to: number;
  places: number;
  eqfLevels: number[];
  iscedCodes: string[];
  languageCode: string;
  cefrLevel: CefrLevel;
  blended?: boolean;
  notes?: string | null;
};

function term(input: TermInput): Prisma.MobilityTermCreateManyInput {
  const isStudent = input.type === "STUDENT_STUDIES" || input.type === "STUDENT_TRAINEESHIP";
  return {
    id: newId(),
    agreementId: input.agreementId,
    sendingPartnerId: input.sending,
    receivingPartnerId: input.receiving,
    mobilityType: input.type,
    fromAcademicYear: input.from,
    toAcademicYear: input.to,
    placesPerYear: input.places,
    // EWP counts total months (students) or days (staff) per year across all places.
    monthsPerYear: isStudent ? (input.places * 5).toFixed(1) : null,
    daysPerYear: isStudent ? null : input.places * 5,
    eqfLevels: isStudent ? input.eqfLevels : [],
    iscedCodes: input.iscedCodes,
    languageCode: input.languageCode,
    cefrLevel: input.cefrLevel,
    blended: input.blended ?? false,
    notes: input.notes ?? null,
  };
}

function buildTerms(
  random: Random,
  ctx: DemoContext,
  plan: AgreementPlan,
  agreementId: string,
  dates: Dates,
): Prisma.MobilityTermCreateManyInput[] {
  const from = dates.effectiveOn ? academicYearOf(dates.effectiveOn) : ctx.currentAcademicYear + 1;
  const to = Math.max(from, dates.expiresOn ? academicYearOf(dates.expiresOn) : from + plan.years - 1);
  const isced = [...new Set(plan.faculties.flatMap((code) => requireEntry(ctx.faculties, code, "faculty").isced.slice(0, 2)))];
  const iscedCodes = random.sample(isced, Math.min(isced.length, random.int(1, 3))).sort();
  const outLanguage = plan.language ?? "en";
  // Japanese and Russian are usually required at a lower level for exchange courses.
  const outCefr: CefrLevel = outLanguage === "ja" || outLanguage === "ru" ? "B1" : "B2";
  const isMaster = /Master/.test(plan.title ?? "");
  const terms: Prisma.MobilityTermCreateManyInput[] = [];
  const nominationNote = "Nominations by 15 April (autumn) and 15 October (spring).";
  for (const partnerKey of plan.partners) {
    const partnerId = requireEntry(ctx.partners, partnerKey, "partner").id;
    const base = { agreementId, from, to, iscedCodes };
    if (plan.kind === "STUDENT_EXCHANGE") {
      const places = random.int(2, 5);
      const eqfLevels = random.chance(0.6) ? [6, 7] : [6];
      terms.push(
        term({ ...base, sending: null, receiving: partnerId, type: "STUDENT_STUDIES", places, eqfLevels, languageCode: outLanguage, cefrLevel: outCefr, notes: random.chance(0.4) ? nominationNote : null }),
        term({ ...base, sending: partnerId, receiving: null, type: "STUDENT_STUDIES", places, eqfLevels, languageCode: "en", cefrLevel: "B2" }),
        term({ ...base, sending: null, receiving: partnerId, type: "STAFF_TEACHING", places: random.int(1, 2), eqfLevels: [], languageCode: "en", cefrLevel: "B2" }),
        term({ ...base, sending: partnerId, receiving: null, type: "STAFF_TEACHING", places: random.int(1, 2), eqfLevels: [], languageCode: "en", cefrLevel: "B2" }),
      );
    } else if (plan.kind === "STAFF_EXCHANGE") {
      const blended = random.chance(0.5);
      terms.push(
        term({ ...base, sending: null, receiving: partnerId, type: "STAFF_TEACHING", places: random.int(1, 3), eqfLevels: [], languageCode: "en", cefrLevel: "B2" }),
        term({ ...base, sending: partnerId, receiving: null, type: "STAFF_TEACHING", places: random.int(1, 3), eqfLevels: [], languageCode: "en", cefrLevel: "B2" }),
        term({ ...base, sending: null, receiving: partnerId, type: "STAFF_TRAINING", places: random.int(1, 2), eqfLevels: [], languageCode: "en", cefrLevel: "B2", blended }),
        term({ ...base, sending: partnerId, receiving: null, type: "STAFF_TRAINING", places: random.int(1, 2), eqfLevels: [], languageCode: "en", cefrLevel: "B2", blended }),
      );
    } else if (plan.kind === "JOINT_DEGREE") {
      const eqfLevels = isMaster ? [7] : [6];
      terms.push(
        term({ ...base, sending: null, receiving: partnerId, type: "STUDENT_STUDIES", places: random.int(5, 15), eqfLevels, languageCode: outLanguage, cefrLevel: outCefr, notes: "Places are per intake; students stay two academic years." }),
      );
      // Master's double degrees run both ways; bachelor's 2+2 and 3+1 pathways are one-way.
      if (isMaster) {
        terms.push(term({ ...base, sending: partnerId, receiving: null, type: "STUDENT_STUDIES", places: random.int(1, 3), eqfLevels, languageCode: "en", cefrLevel: "B2" }));
      }
    }
  }
  return terms;
}

function ministryApprovalNumber(random: Random, country: string, approvedOn: Date): string {
  // Shape of the Ministry of Education's cooperative-programme numbers: MOE, province code
  // (41), partner country, level (2A: bachelor's), year, serial, N.
  return `MOE41${country}2A${approvedOn.getUTCFullYear()}${random.int(1000, 2999)}N`;
}

/** The demo agreements and everything hanging off them, as insert rows. */
export function buildDemoAgreements(ctx: DemoContext) {
  const random = createRandom("agreements");
  const ref = ctx.referenceDate;
  const resolved = new Map<string, Dates>();
  const ids = new Map<string, string>();

  const planned = AGREEMENT_PLANS.map((plan) => {
    if (ids.has(plan.key)) throw new Error(`Duplicate agreement plan key: ${plan.key}`);
    // Inserted in plan order, so a renewal must come after the agreement it supersedes.
    if (plan.supersedes && !ids.has(plan.supersedes)) throw new Error(`Agreement plan ${plan.key} renews a later plan`);
    const dates = resolveDates(plan, ref, random, resolved);
    assertConsistent(plan, dates, ref);
    resolved.set(plan.key, dates);
    ids.set(plan.key, newId());
    // Unsigned drafts were registered recently; their number's year is the registration year.
    const registeredOn = dates.signedOn ?? addDays(ref, -random.int(5, 150));
    return { plan, dates, registeredOn };
  });

  // Reference numbers follow the register's order within each year, with gaps for the
  // faculty-level agreements the demo leaves out.
  const referenceNumbers = new Map<string, string>();
  const byDate = [...planned].sort((a, b) => a.registeredOn.getTime() - b.registeredOn.getTime() || a.plan.key.localeCompare(b.plan.key));
  const counters = new Map<number, number>();
  for (const { plan, registeredOn } of byDate) {
    const year = registeredOn.getUTCFullYear();
    const next = (counters.get(year) ?? 0) + random.int(1, 6);
    counters.set(year, next);
    referenceNumbers.set(plan.key, `MER-${year}-${String(next).padStart(3, "0")}`);
  }

  const agreements: Prisma.AgreementCreateManyInput[] = [];
  const agreementPartners: Prisma.AgreementPartnerCreateManyInput[] = [];
  const agreementFaculties: Prisma.AgreementFacultyCreateManyInput[] = [];
  const approvals: Prisma.AgreementApprovalCreateManyInput[] = [];
  const mobilityTerms: Prisma.MobilityTermCreateManyInput[] = [];
  const seeded: SeededAgreement[] = [];

  for (const { plan, dates } of planned) {
    const id = requireEntry(ids, plan.key, "agreement");
    const referenceNumber = requireEntry(referenceNumbers, plan.key, "agreement");
    const firstPartner = requireEntry(ctx.partners, plan.partners[0], "partner").seed;
    const title = plan.title ?? `${KIND_TITLES[plan.kind]} with ${firstPartner.nameEn}`;
    const ownerId = random.chance(0.6) ? ctx.users.staff : ctx.users.staff2;
    const approvedOn = plan.ministryApproval && dates.effectiveOn ? addDays(dates.effectiveOn, -random.int(90, 150)) : null;
    const exchange = isExchangeType(plan.kind) || plan.kind === "COOPERATIVE_PROGRAMME";
    const approvalNumber = approvedOn ? ministryApprovalNumber(random, firstPartner.country, approvedOn) : null;

    agreements.push({
      id,
      referenceNumber,
      title,
      kind: plan.kind,
      status: plan.status,
      signedOn: dates.signedOn,
      effectiveOn: dates.effectiveOn,
      expiresOn: dates.expiresOn,
      autoRenews: plan.autoRenews ?? false,
      noticePeriodDays: plan.noticePeriodDays ?? (plan.autoRenews ? 180 : null),
      ministryApprovalNumber: approvalNumber,
      ministryApprovedOn: approvedOn,
      ownerId,
      scope: SCOPES[plan.kind],
      tuitionWaiver: exchange
        ? plan.kind === "STUDENT_EXCHANGE"
          ? "Reciprocal tuition waiver for exchange students within the agreed places; balance reviewed every two years."
          : "Students pay tuition to the institution where they are enrolled in each phase."
        : null,
      creditRecognition: exchange
        ? "Credits earned under an approved learning agreement are recognised in full; 1 ECTS credit counts as 0.5 Meridian credit."
        : null,
      notes: plan.notes ?? null,
      terminatesOn: plan.terminates !== undefined ? addDays(ref, plan.terminates) : null,
      supersedesId: plan.supersedes ? requireEntry(ids, plan.supersedes, "agreement") : null,
    });
    for (const key of plan.partners) {
      agreementPartners.push({ agreementId: id, partnerId: requireEntry(ctx.partners, key, "partner").id });
    }
    for (const code of plan.faculties) {
      agreementFaculties.push({ agreementId: id, facultyId: requireEntry(ctx.faculties, code, "faculty").id });
    }

    // The approval trail: the owner proposes the final text, the head of office approves it
    // on the day it is signed.
    if (dates.signedOn || plan.status === "AWAITING_SIGNATURE" || plan.status === "IN_NEGOTIATION") {
      const proposedOn = dates.signedOn ? addDays(dates.signedOn, -random.int(14, 40)) : addDays(ref, -random.int(5, 30));
      approvals.push({
        id: newId(),
        agreementId: id,
        actorId: ownerId,
        decision: "PROPOSED",
        fromStatus: "IN_NEGOTIATION",
        toStatus: "AWAITING_SIGNATURE",
        comment: random.pick(PROPOSE_COMMENTS),
        createdAt: atTime(proposedOn, random.int(1, 9), random.int(0, 59)),
      });
      if (dates.signedOn) {
        approvals.push({
          id: newId(),
          agreementId: id,
          actorId: ctx.users.admin,
          decision: "APPROVED",
          fromStatus: "AWAITING_SIGNATURE",
          toStatus: "ACTIVE",
          comment: random.pick(APPROVE_COMMENTS),
          createdAt: atTime(dates.signedOn, random.int(1, 9), random.int(0, 59)),
        });
      } else if (plan.status === "IN_NEGOTIATION") {
        approvals.push({
          id: newId(),
          agreementId: id,
          actorId: ctx.users.admin,
          decision: "RETURNED",
          fromStatus: "AWAITING_SIGNATURE",
          toStatus: "IN_NEGOTIATION",
          comment: random.pick(RETURN_COMMENTS),
          createdAt: atTime(addDays(proposedOn, random.int(1, 4)), random.int(1, 9), random.int(0, 59)),
        });
      }
    }

    if (plan.terminates !== undefined) {
      // The partner gave notice a week ago; its owner recorded the termination the same day.
      approvals.push({
        id: newId(),
        agreementId: id,
        actorId: ownerId,
        decision: "TERMINATED",
        fromStatus: "ACTIVE",
        toStatus: "ACTIVE",
        comment: "The partner gave notice: the project funding ends and it will not continue the cooperation.",
        takesEffectOn: addDays(ref, plan.terminates),
        createdAt: atTime(addDays(ref, -7), 10, 15),
      });
    }

    if (isExchangeType(plan.kind)) mobilityTerms.push(...buildTerms(random, ctx, plan, id, dates));

    seeded.push({
      id,
      key: plan.key,
      referenceNumber,
      title,
      kind: plan.kind,
      status: plan.status,
      partnerKeys: plan.partners,
      faculties: plan.faculties,
      ...dates,
      ministryApprovalNumber: approvalNumber,
    });
  }

  return { agreements, agreementPartners, agreementFaculties, approvals, mobilityTerms, seeded };
}
