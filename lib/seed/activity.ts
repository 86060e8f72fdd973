import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  AgreementKind,
  Direction,
  ExchangeKind,
  ExchangeStatus,
  PermitStatus,
  VisitStatus,
} from "@/lib/generated/prisma/enums";
import { requireEntry, type DemoContext, type SeedDb, type SeededAgreement, type SeededPartner } from "./context";
import { EXPERT_PLANS, OUR_LEADERS, VISIT_PLANS, type VisitPlan } from "./data/activity";
import type { FacultyCode } from "./data/faculties";
import { drawName, emailLocalPart, type Gender } from "./data/people";
import { academicYearOf, addDays, daysBetween, utcDate } from "@/lib/dates";
import { createRandom, newId, uniqueSuffix, type Random } from "./random";
import { createPartner } from "./partners";

// ---------- single records, for tests ----------

export type NewExchange = Partial<Prisma.ExchangeUncheckedCreateInput>;

/** One exchange; a fresh partner is created unless `partnerId` is given. */
export async function createExchange(db: SeedDb, data: NewExchange = {}) {
  const partnerId = data.partnerId ?? (await createPartner(db)).id;
  const startsOn = data.startsOn ? new Date(data.startsOn) : utcDate(2025, 9, 1);
  return db.exchange.create({
    data: {
      direction: "OUTBOUND",
      kind: "SEMESTER_EXCHANGE",
      participantType: "STUDENT",
      participantName: `Test Student ${uniqueSuffix()}`,
      nationality: "CN",
      startsOn,
      endsOn: addDays(startsOn, 140),
      academicYear: academicYearOf(startsOn),
      status: "PLANNED",
      ...data,
      partnerId,
    },
  });
}

export type NewVisit = Partial<Prisma.VisitUncheckedCreateInput> & { partnerIds?: string[] };

export async function createVisit(db: SeedDb, input: NewVisit = {}) {
  const { partnerIds = [], ...data } = input;
  const startsOn = data.startsOn ? new Date(data.startsOn) : utcDate(2025, 10, 13);
  return db.visit.create({
    data: {
      direction: "INBOUND",
      title: `Test delegation ${uniqueSuffix()}`,
      startsOn,
      endsOn: addDays(startsOn, 2),
      ...data,
      partners: { create: partnerIds.map((partnerId) => ({ partnerId })) },
    },
  });
}

export async function createExpert(db: SeedDb, data: Partial<Prisma.ExpertUncheckedCreateInput> = {}) {
  const startsOn = data.startsOn ? new Date(data.startsOn) : utcDate(2025, 10, 1);
  return db.expert.create({
    data: { name: `Test Expert ${uniqueSuffix()}`, nationality: "DE", startsOn, endsOn: addDays(startsOn, 30), ...data },
  });
}

// ---------- demo exchanges ----------

const KIND_WEIGHTS: readonly (readonly [ExchangeKind, number])[] = [
  ["SEMESTER_EXCHANGE", 34],
  ["YEAR_EXCHANGE", 7],
  ["DUAL_DEGREE", 5],
  ["SHORT_PROGRAMME", 20],
  ["INTERNSHIP", 6],
  ["STAFF_TEACHING", 11],
  ["STAFF_TRAINING", 10],
  ["CONFERENCE", 7],
];

// Dual-degree students and interns mostly go out; the rest is roughly balanced.
const OUTBOUND_SHARE: Record<ExchangeKind, number> = {
  SEMESTER_EXCHANGE: 0.55,
  YEAR_EXCHANGE: 0.5,
  DUAL_DEGREE: 0.9,
  SHORT_PROGRAMME: 0.6,
  INTERNSHIP: 0.85,
  STAFF_TEACHING: 0.5,
  STAFF_TRAINING: 0.6,
  CONFERENCE: 0.8,
};

// Which agreements an exchange of each kind travels under.
const AGREEMENT_KINDS: Record<ExchangeKind, readonly AgreementKind[]> = {
  SEMESTER_EXCHANGE: ["STUDENT_EXCHANGE"],
  YEAR_EXCHANGE: ["STUDENT_EXCHANGE"],
  DUAL_DEGREE: ["JOINT_DEGREE", "COOPERATIVE_PROGRAMME"],
  SHORT_PROGRAMME: ["TRAINING"],
  INTERNSHIP: ["TRAINING", "JOINT_LAB", "RESEARCH"],
  STAFF_TEACHING: ["STAFF_EXCHANGE", "STUDENT_EXCHANGE"],
  STAFF_TRAINING: ["STAFF_EXCHANGE", "TRAINING", "RESEARCH", "JOINT_LAB"],
  CONFERENCE: ["OTHER", "RESEARCH"],
};

const STAFF_KINDS: ReadonlySet<ExchangeKind> = new Set(["STAFF_TEACHING", "STAFF_TRAINING", "CONFERENCE"]);
const EU = new Set(["DE", "NL", "BG", "IE", "FR", "ES", "IT", "FI", "PL"]);

function exchangeDates(random: Random, kind: ExchangeKind, year: number): { startsOn: Date; endsOn: Date } {
  const span = (startsOn: Date, days: number) => ({ startsOn, endsOn: addDays(startsOn, days) });
  const anyDayOfTerm = () => addDays(utcDate(year, 9, 15), random.int(0, 270));
  switch (kind) {
    case "SEMESTER_EXCHANGE":
      return random.chance(0.5)
        ? { startsOn: utcDate(year, 9, random.int(1, 15)), endsOn: utcDate(year + 1, 1, random.int(15, 31)) }
        : { startsOn: utcDate(year + 1, 2, random.int(15, 28)), endsOn: utcDate(year + 1, 6, random.int(20, 30)) };
    case "YEAR_EXCHANGE":
      return { startsOn: utcDate(year, 9, random.int(1, 15)), endsOn: utcDate(year + 1, 6, random.int(20, 30)) };
    case "DUAL_DEGREE":
      return { startsOn: utcDate(year, 9, random.int(1, 10)), endsOn: utcDate(year + 2, 6, random.int(20, 30)) };
    case "SHORT_PROGRAMME":
      return random.chance(0.7)
        ? span(utcDate(year + 1, 7, random.int(1, 20)), random.int(14, 28))
        : span(utcDate(year + 1, 1, random.int(5, 20)), random.int(10, 21));
    case "INTERNSHIP":
      return span(utcDate(year + 1, random.int(3, 7), random.int(1, 28)), random.int(60, 180));
    case "STAFF_TEACHING":
      return span(anyDayOfTerm(), random.int(5, 14));
    case "STAFF_TRAINING":
      return span(anyDayOfTerm(), random.int(5, 60));
    case "CONFERENCE":
      return span(anyDayOfTerm(), random.int(3, 6));
  }
}

function exchangeStatus(random: Random, ref: Date, startsOn: Date, endsOn: Date): ExchangeStatus {
  if (random.chance(0.04)) return "CANCELLED";
  if (endsOn < ref) return "COMPLETED";
  if (startsOn <= ref) return "UNDER_WAY";
  const ahead = daysBetween(ref, startsOn);
  if (ahead > 150) return random.chance(0.7) ? "PLANNED" : "NOMINATED";
  if (ahead > 45) return random.chance(0.5) ? "NOMINATED" : "ACCEPTED";
  return "ACCEPTED";
}

type Funding = { source: string; amount: number | null; currency: string | null };

function exchangeFunding(random: Random, direction: Direction, kind: ExchangeKind, country: string, months: number): Funding | null {
  const staff = STAFF_KINDS.has(kind);
  if (direction === "OUTBOUND") {
    if (EU.has(country) && random.chance(0.45)) {
      return staff
        ? { source: "Erasmus+ KA171 staff mobility", amount: random.int(8, 14) * 100, currency: "EUR" }
        : { source: "Erasmus+ KA171", amount: Math.max(1, Math.round(months)) * 850, currency: "EUR" };
    }
    if (staff) return { source: "Meridian Faculty Development Fund", amount: random.int(12, 40) * 1000, currency: "CNY" };
    if (kind === "DUAL_DEGREE") return random.chance(0.3) ? { source: "CSC scholarship", amount: null, currency: null } : { source: "Self-funded", amount: null, currency: null };
    return random.weighted<Funding | null>([
      [{ source: "CSC scholarship", amount: random.int(10, 18) * 5000, currency: "CNY" }, 2],
      [{ source: "Meridian International Mobility Fund", amount: random.int(2, 6) * 5000, currency: "CNY" }, 4],
      [{ source: "Self-funded", amount: null, currency: null }, 3],
      [null, 1],
    ]);
  }
  if (staff) return random.chance(0.6) ? { source: "Partner-funded", amount: null, currency: null } : { source: "Meridian Visiting Scholar Fund", amount: random.int(5, 20) * 1000, currency: "CNY" };
  const national: Record<string, Funding> = {
    AU: { source: "New Colombo Plan Mobility Program", amount: random.int(3, 7) * 1000, currency: "AUD" },
    DE: { source: "DAAD PROMOS", amount: random.int(3, 9) * 300, currency: "EUR" },
    US: { source: "Benjamin A. Gilman International Scholarship", amount: random.int(3, 5) * 1000, currency: "USD" },
    JP: { source: "JASSO Student Exchange Support Program", amount: Math.max(1, Math.round(months)) * 80000, currency: "JPY" },
  };
  const local = national[country];
  if (local && random.chance(0.5)) return local;
  if (EU.has(country) && random.chance(0.4)) return { source: "Erasmus+ KA171", amount: Math.max(1, Math.round(months)) * 700, currency: "EUR" };
  return random.weighted<Funding | null>([
    [{ source: "Chinese Government Scholarship", amount: random.int(30, 40) * 1000, currency: "CNY" }, 2],
    [{ source: "Meridian Exchange Scholarship", amount: random.int(1, 3) * 5000, currency: "CNY" }, 2],
    [{ source: "Self-funded", amount: null, currency: null }, 3],
  ]);
}

function credits(random: Random, kind: ExchangeKind): { earned: number; recognised: number } | null {
  const range: Partial<Record<ExchangeKind, [number, number]>> = {
    SEMESTER_EXCHANGE: [20, 30],
    YEAR_EXCHANGE: [45, 60],
    DUAL_DEGREE: [110, 120],
    SHORT_PROGRAMME: [2, 6],
    INTERNSHIP: [5, 15],
  };
  const bounds = range[kind];
  if (!bounds) return null;
  const earned = random.int(bounds[0], bounds[1]);
  // Now and then a course has no Meridian equivalent and is not recognised (not in short programmes).
  const recognised = earned >= 10 && random.chance(0.25) ? earned - random.int(2, 6) : earned;
  return { earned, recognised };
}

const CANCEL_NOTES = [
  "Withdrew for personal reasons before departure.",
  "Visa not issued in time; moved to next year.",
  "Host course cancelled; student chose to stay.",
  "Withdrew after nomination: internship offer at home.",
];
const EXCHANGE_NOTES = [
  "Learning agreement changed twice (timetable clash).",
  "Accommodation arranged by the host's housing office.",
  "Needs a transcript in English and Chinese on return.",
  "Insurance certificate received.",
];

/** The demo's ~300 exchanges over the three academic years ending with the current one. */
export function buildDemoExchanges(ctx: DemoContext, agreements: readonly SeededAgreement[]) {
  const random = createRandom("exchanges");
  const ref = ctx.referenceDate;
  const partners = [...ctx.partners.values()];
  const abroad = partners.filter((p) => p.seed.country !== "CN");
  const activeUniversities = abroad.filter((p) => p.seed.kind === "UNIVERSITY" && p.seed.status === "ACTIVE");
  const summerSchools = activeUniversities.filter((p) => p.seed.tags.includes("summer-school"));
  const inForce = (agreement: SeededAgreement, on: Date) =>
    agreement.effectiveOn !== null && agreement.expiresOn !== null && agreement.signedOn !== null &&
    agreement.effectiveOn <= on && on <= agreement.expiresOn;

  const rows: Prisma.ExchangeCreateManyInput[] = [];
  let serial = 0;
  const perYear: readonly (readonly [number, number])[] = [
    [-2, 95],
    [-1, 100],
    [0, 105],
  ];
  for (const [offset, count] of perYear) {
    const year = ctx.currentAcademicYear + offset;
    for (let i = 0; i < count; i++) {
      serial++;
      const kind = random.weighted(KIND_WEIGHTS);
      let direction: Direction = random.chance(OUTBOUND_SHARE[kind]) ? "OUTBOUND" : "INBOUND";
      const { startsOn, endsOn } = exchangeDates(random, kind, year);

      // Prefer a partner with an agreement in force for this kind of mobility; enterprises and
      // institutes only take our interns and staff, they do not send students.
      const candidates = agreements.filter(
        (a) =>
          AGREEMENT_KINDS[kind].includes(a.kind) &&
          inForce(a, startsOn) &&
          a.partnerKeys.some((key) => {
            const partner = requireEntry(ctx.partners, key, "partner").seed;
            return partner.country !== "CN" && (direction === "OUTBOUND" || partner.kind === "UNIVERSITY");
          }),
      );
      let partner: SeededPartner;
      let agreement: SeededAgreement | null = null;
      if (candidates.length && random.chance(kind === "SHORT_PROGRAMME" ? 0.5 : 0.9)) {
        agreement = random.pick(candidates);
        const eligible = agreement.partnerKeys
          .map((key) => requireEntry(ctx.partners, key, "partner"))
          .filter((p) => p.seed.country !== "CN" && (direction === "OUTBOUND" || p.seed.kind === "UNIVERSITY"));
        partner = random.pick(eligible);
      } else if (kind === "SHORT_PROGRAMME") {
        partner = random.pick(summerSchools);
      } else if (kind === "CONFERENCE") {
        partner = random.pick(abroad.filter((p) => p.seed.status === "ACTIVE"));
      } else {
        partner = random.pick(activeUniversities);
      }
      // Without an agreement, an "inbound intern" from an enterprise makes no sense.
      if (partner.seed.kind !== "UNIVERSITY") direction = "OUTBOUND";

      const isStaff = STAFF_KINDS.has(kind);
      const gender: Gender = random.chance(0.55) ? "f" : "m";
      const country = direction === "OUTBOUND" ? "CN" : partner.seed.country;
      const participantName = drawName(random, country, gender);
      const facultyCodes: readonly FacultyCode[] = agreement?.faculties.length ? agreement.faculties : partner.seed.fields.length ? partner.seed.fields : ["ENG"];
      const faculty = requireEntry(ctx.faculties, random.pick(facultyCodes), "faculty");

      const eqfLevel = isStaff
        ? null
        : kind === "DUAL_DEGREE"
          ? agreement && /Master/.test(agreement.title) ? 7 : 6
          : random.weighted([[6, 75], [7, 22], [8, 3]] as const);
      let participantNumber: string | null;
      let participantEmail: string;
      const local = emailLocalPart(participantName);
      if (direction === "OUTBOUND") {
        // Student numbers: enrolment year, faculty number, serial; staff numbers: S + six digits.
        const enrolled = eqfLevel === 6 ? year - random.int(1, 2) : year - random.int(0, 1);
        participantNumber = isStaff
          ? `S${String(random.int(10000, 99999)).padStart(6, "0")}`
          : `${enrolled}${String(faculty.index + 1).padStart(2, "0")}${String(1000 + serial).padStart(4, "0")}`;
        participantEmail = isStaff ? `${local}@example.edu` : `${local}${random.int(1, 99)}@stu.example.edu`;
      } else {
        // Visiting students get a Meridian number; visiting staff do not.
        participantNumber = isStaff ? null : `V${year}${String(serial).padStart(4, "0")}`;
        participantEmail = `${local}@${partner.seed.key}.example.org`;
      }

      const status = exchangeStatus(random, ref, startsOn, endsOn);
      const months = daysBetween(startsOn, endsOn) / 30;
      const funding = exchangeFunding(random, direction, kind, partner.seed.country, months);
      const earned = status === "COMPLETED" && !isStaff ? credits(random, kind) : null;
      rows.push({
        id: newId(),
        direction,
        kind,
        participantType: isStaff ? "STAFF" : "STUDENT",
        participantName,
        participantEmail,
        participantNumber,
        homeFacultyId: faculty.id,
        nationality: country,
        eqfLevel,
        partnerId: partner.id,
        agreementId: agreement?.id ?? null,
        startsOn,
        endsOn,
        academicYear: academicYearOf(startsOn),
        status,
        fundingSource: funding?.source ?? null,
        fundingAmount: funding?.amount == null ? null : funding.amount.toFixed(2),
        currency: funding?.amount == null ? null : funding.currency,
        creditsEarned: earned ? earned.earned.toFixed(1) : null,
        creditsRecognised: earned ? earned.recognised.toFixed(1) : null,
        notes: status === "CANCELLED" ? random.pick(CANCEL_NOTES) : random.chance(0.1) ? random.pick(EXCHANGE_NOTES) : null,
      });
    }
  }
  return rows;
}

// ---------- demo visits ----------

const INCOMING_ITINERARY = [
  ["Welcome meeting with the Vice-President", "Administration Building, Room 301", OUR_LEADERS.vicePresident.name],
  ["Campus tour", "Main campus", "International Office"],
  ["Working session with the faculty", "Faculty meeting room", "Dean's office"],
  ["Laboratory visit", "Engineering Research Centre", "Laboratory director"],
  ["Meeting with exchange students", "International Student Centre", "International Office"],
  ["Welcome dinner", "Meridian Hotel", OUR_LEADERS.vicePresident.name],
] as const;
const OUTGOING_ITINERARY = [
  ["Meeting with the international office", "Partner's international office", "Director, International Office"],
  ["Faculty meeting on the exchange programme", "Partner faculty", "Exchange coordinator"],
  ["Laboratory visit", "Partner research centre", "Laboratory director"],
  ["Meeting with Meridian students on exchange", "Student centre", "Incoming students coordinator"],
  ["Alumni reception", "City centre", "Meridian alumni association"],
] as const;

function visitStatus(plan: VisitPlan, ref: Date, startsOn: Date, endsOn: Date): VisitStatus {
  if (plan.cancelled) return "CANCELLED";
  if (endsOn < ref) return "COMPLETED";
  if (startsOn <= ref || daysBetween(ref, startsOn) <= 30) return "CONFIRMED";
  return "PLANNED";
}

/** The demo's delegations with members, itinerary, budget and follow-ups. */
export function buildDemoVisits(ctx: DemoContext, agreements: readonly SeededAgreement[]) {
  const random = createRandom("visits");
  const ref = ctx.referenceDate;
  const visits: Prisma.VisitCreateManyInput[] = [];
  const visitPartners: Prisma.VisitPartnerCreateManyInput[] = [];
  const members: Prisma.VisitMemberCreateManyInput[] = [];
  const itinerary: Prisma.VisitItineraryItemCreateManyInput[] = [];
  const budgetLines: Prisma.VisitBudgetLineCreateManyInput[] = [];
  const followUps: Prisma.VisitFollowUpCreateManyInput[] = [];

  for (const plan of VISIT_PLANS) {
    const id = newId();
    const partners = plan.partners.map((key) => requireEntry(ctx.partners, key, "partner"));
    const lead = partners[0];
    if (!lead) throw new Error(`Visit plan "${plan.title}" has no partner`);
    const signed = plan.duringAgreement ? agreements.find((a) => a.key === plan.duringAgreement) : undefined;
    if (plan.duringAgreement && !signed?.signedOn) throw new Error(`Visit plan "${plan.title}" needs a signed agreement`);
    // A signing visit starts the day before the signature.
    const startsOn = signed?.signedOn ? addDays(signed.signedOn, -1) : addDays(ref, plan.start);
    const endsOn = addDays(startsOn, plan.days - 1);
    const status = visitStatus(plan, ref, startsOn, endsOn);
    const incoming = plan.direction === "INBOUND";
    const headName = incoming
      ? drawName(random, lead.seed.country)
      : Object.values(OUR_LEADERS).find((leader) => leader.title === plan.headTitle)?.name ?? OUR_LEADERS.director.name;
    const hosts = incoming
      ? `${OUR_LEADERS.vicePresident.name} (Vice-President); ${OUR_LEADERS.director.name} (International Office); Li Wei`
      : partners.map((p) => p.seed.nameEn).join("; ");

    visits.push({
      id,
      direction: plan.direction,
      title: plan.title,
      purpose: plan.purpose,
      startsOn,
      endsOn,
      countries: [...new Set(partners.map((p) => p.seed.country))],
      headName,
      headTitle: plan.headTitle,
      protocolLevel: plan.protocol,
      hostUnit: plan.hostUnit,
      hosts,
      status,
      visaSupport: plan.visa ?? "NOT_NEEDED",
      outcomes: status === "COMPLETED" ? (plan.outcomes ?? null) : null,
      notes: plan.cancelled ? "Cancelled two weeks before departure: the partner rescheduled; to be replanned next term." : null,
    });
    for (const partner of partners) visitPartners.push({ visitId: id, partnerId: partner.id });

    // Members: the partner's people for incoming delegations, Meridian staff for outgoing ones.
    for (let m = 0; m < plan.members; m++) {
      const memberPartner = partners[m % partners.length] ?? lead;
      members.push({
        id: newId(),
        visitId: id,
        name: drawName(random, incoming ? memberPartner.seed.country : "CN"),
        title: incoming
          ? random.pick(["Dean", "Professor", "International Relations Officer", "Programme Director", "Associate Professor"])
          : random.pick(["Deputy Director, International Office", "Professor, Faculty of Engineering", "Programme Officer", "Dean, Business School"]),
        sortOrder: m,
      });
    }

    const activities = incoming ? INCOMING_ITINERARY : OUTGOING_ITINERARY;
    let order = 0;
    let next = 0;
    for (let day = 0; day < plan.days; day++) {
      const date = addDays(startsOn, day);
      const slots = plan.days === 1 ? ["09:30", "14:00", "16:00"] : random.chance(0.5) ? ["09:30"] : ["09:30", "14:30"];
      const items = slots.map((startTime) => {
        const [activity, place, host] = activities[next++ % activities.length] ?? activities[0];
        const where = incoming ? place : `${place}, ${(partners[day % partners.length] ?? lead).seed.city}`;
        return { startTime, activity: activity as string, place: where as string, host: host as string };
      });
      if (signed?.signedOn && date.getTime() === signed.signedOn.getTime()) {
        items.push({
          startTime: "11:00",
          activity: `Signing ceremony: ${signed.title}`,
          place: "Administration Building, Room 301",
          host: OUR_LEADERS.president.name,
        });
      }
      items.sort((a, b) => a.startTime.localeCompare(b.startTime));
      for (const item of items) itinerary.push({ id: newId(), visitId: id, day: date, ...item, sortOrder: order++ });
    }

    // Budget: the host pays local costs for incoming delegations; we pay our own travel.
    const nights = Math.max(1, plan.days - 1);
    const size = plan.members + 1;
    if (incoming) {
      budgetLines.push(
        { id: newId(), visitId: id, description: "Accommodation", amount: (nights * size * 600).toFixed(2), currency: "CNY", paidBy: random.chance(0.7) ? "HOST" : "GUEST" },
        { id: newId(), visitId: id, description: "Welcome dinner", amount: (random.int(20, 40) * 100).toFixed(2), currency: "CNY", paidBy: "HOST" },
        { id: newId(), visitId: id, description: "Local transport", amount: (plan.days * 800).toFixed(2), currency: "CNY", paidBy: "HOST" },
      );
    } else {
      budgetLines.push(
        { id: newId(), visitId: id, description: "International airfare", amount: (size * random.int(6, 14) * 1000).toFixed(2), currency: "CNY", paidBy: "GUEST" },
        { id: newId(), visitId: id, description: "Accommodation", amount: (nights * size * 900).toFixed(2), currency: "CNY", paidBy: random.chance(0.3) ? "SHARED" : "GUEST" },
        { id: newId(), visitId: id, description: "Gifts for partner institutions", amount: (partners.length * 500).toFixed(2), currency: "CNY", paidBy: "GUEST" },
      );
    }

    if (status === "COMPLETED") {
      const owner = random.chance(0.6) ? ctx.users.staff : ctx.users.staff2;
      const dueThankYou = addDays(endsOn, 7);
      followUps.push({
        id: newId(),
        visitId: id,
        action: incoming ? "Send thank-you letters and photos to the delegation" : "Send thank-you letters to the hosts",
        ownerId: owner,
        dueOn: dueThankYou,
        completedAt: dueThankYou < ref ? addDays(dueThankYou, -random.int(0, 5)) : null,
      });
      if (signed) {
        const due = addDays(endsOn, 14);
        followUps.push({
          id: newId(),
          visitId: id,
          action: `Register the signed agreement ${signed.referenceNumber} and upload the scan`,
          ownerId: owner,
          dueOn: due,
          completedAt: due < ref ? addDays(due, -random.int(1, 7)) : null,
          agreementId: signed.id,
        });
      } else if (random.chance(0.6)) {
        const due = addDays(endsOn, random.int(30, 90));
        followUps.push({
          id: newId(),
          visitId: id,
          action: random.pick([
            "Draft the student exchange agreement discussed during the visit",
            "Nominate two students for next semester",
            "Prepare a joint funding application",
            "Share course catalogue for credit mapping",
          ]),
          ownerId: owner,
          dueOn: due,
          completedAt: due < ref && random.chance(0.7) ? addDays(due, -random.int(1, 20)) : null,
        });
      }
    }
  }
  return { visits, visitPartners, members, itinerary, budgetLines, followUps };
}

// ---------- demo experts ----------

function permitStatus(ref: Date, startsOn: Date, endsOn: Date, days: number, nationality: string): PermitStatus {
  // Short stays and Taiwan, Hong Kong and Macao residents need no work permit.
  if (days <= 30 || ["TW", "HK", "MO"].includes(nationality)) return "NOT_NEEDED";
  if (startsOn <= ref || endsOn < ref) return "GRANTED";
  return daysBetween(ref, startsOn) <= 60 ? "IN_PROGRESS" : "NOT_STARTED";
}

/** The demo's visiting experts and what they did. */
export function buildDemoExperts(ctx: DemoContext) {
  const random = createRandom("experts");
  const ref = ctx.referenceDate;
  const experts: Prisma.ExpertCreateManyInput[] = [];
  const activities: Prisma.ExpertActivityCreateManyInput[] = [];
  for (const plan of EXPERT_PLANS) {
    const id = newId();
    const startsOn = addDays(ref, plan.start);
    const endsOn = addDays(startsOn, plan.days - 1);
    const invitationSentOn = addDays(startsOn, -random.int(45, 90));
    experts.push({
      id,
      name: plan.name,
      nameNative: plan.nameNative ?? null,
      nationality: plan.nationality,
      partnerId: requireEntry(ctx.partners, plan.partner, "partner").id,
      title: plan.title,
      field: plan.field,
      hostFacultyId: requireEntry(ctx.faculties, plan.host, "faculty").id,
      startsOn,
      endsOn,
      fundingProgramme: plan.funding,
      invitationSentOn: invitationSentOn <= ref ? invitationSentOn : null,
      permitStatus: plan.permit ?? permitStatus(ref, startsOn, endsOn, plan.days, plan.nationality),
      notes: plan.notes ?? null,
    });
    for (const activity of plan.activities) {
      // An activity has happened once the expert is on campus; future ones have no date yet.
      const occurredOn = addDays(startsOn, random.int(1, Math.max(1, plan.days - 2)));
      activities.push({
        id: newId(),
        expertId: id,
        kind: activity.kind,
        title: activity.title,
        count: activity.count,
        occurredOn: occurredOn <= ref ? occurredOn : null,
      });
    }
  }
  return { experts, activities };
}
