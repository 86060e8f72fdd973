import { z } from "zod";
import { addDays, isCalendarDay, isoDate } from "@/lib/dates";
import { AgreementKind, CefrLevel, MobilityType } from "@/lib/generated/prisma/enums";
import { isIscedCode } from "./isced";

// What an agreement form submits, checked once: by the action (every message next to its
// field) and again by the data layer (nothing bad is saved whoever calls it). Messages are
// keys under "agreements.errors". Lists (partners, faculties, mobility terms) travel as JSON
// in hidden fields: a form's repeated names would not survive FormData → object.

export type MobilityTermInput = {
  sendingPartnerId: string | null;
  receivingPartnerId: string | null;
  mobilityType: MobilityType;
  fromAcademicYear: number;
  toAcademicYear: number;
  placesPerYear: number;
  monthsPerYear: number | null;
  daysPerYear: number | null;
  eqfLevels: number[];
  iscedCodes: string[];
  languageCode: string | null;
  cefrLevel: CefrLevel | null;
  blended: boolean;
};

export type AgreementInput = {
  referenceNumber: string;
  title: string;
  kind: AgreementKind;
  partnerIds: string[];
  facultyIds: string[];
  ownerId: string | null;
  signedOn: Date | null;
  effectiveOn: Date | null;
  expiresOn: Date | null;
  autoRenews: boolean;
  noticePeriodDays: number | null;
  ministryApprovalNumber: string | null;
  ministryApprovedOn: Date | null;
  scope: string | null;
  tuitionWaiver: string | null;
  creditRecognition: string | null;
  notes: string | null;
  terms: MobilityTermInput[];
};

/** The scalar columns an agreement form edits (and an import fills). */
export function agreementScalars(input: AgreementInput) {
  return {
    referenceNumber: input.referenceNumber,
    title: input.title,
    kind: input.kind,
    ownerId: input.ownerId,
    signedOn: input.signedOn,
    effectiveOn: input.effectiveOn,
    expiresOn: input.expiresOn,
    autoRenews: input.autoRenews,
    noticePeriodDays: input.noticePeriodDays,
    ministryApprovalNumber: input.ministryApprovalNumber,
    ministryApprovedOn: input.ministryApprovedOn,
    scope: input.scope,
    tuitionWaiver: input.tuitionWaiver,
    creditRecognition: input.creditRecognition,
    notes: input.notes,
  };
}

/** Field name → message key; mobility-term fields are named `terms.<row>.<field>`. */
export type InputErrors = Record<string, string>;
export type ParsedInput = { ok: true; data: AgreementInput } | { ok: false; errors: InputErrors };

/** The fields of the form, as submitted (strings). */
export const AGREEMENT_FIELDS = [
  "referenceNumber", "title", "kind", "partners", "facultyIds", "ownerId", "signedOn", "effectiveOn", "expiresOn",
  "autoRenews", "noticePeriodDays", "ministryApprovalNumber", "ministryApprovedOn", "scope", "tuitionWaiver",
  "creditRecognition", "notes", "terms",
] as const;

export const STUDENT_MOBILITY: ReadonlySet<MobilityType> = new Set(["STUDENT_STUDIES", "STUDENT_TRAINEESHIP"]);
export const EQF_LEVELS = [5, 6, 7, 8] as const;
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

// PostgreSQL text refuses NUL; other control characters have no place in a record either.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .refine((value) => !CONTROL.test(value), "controlCharacters");
const optionalText = (max: number) => text(max).transform((value) => value || null);
const requiredText = (max: number) => text(max).min(1, "required");

/** The comment of a workflow decision (approve, send back, terminate …): optional, like any record text. */
export const decisionComment = optionalText(2_000)
  .optional()
  .transform((value) => value ?? null);

/** A calendar date field: empty (null), or YYYY-MM-DD of a real day between 1950 and MAX_YEAR. */
export const calendarDate = z
  .string()
  .trim()
  .refine((value) => value === "" || isCalendarDay(value), "invalidDate")
  .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null))
  .refine((value) => value === null || (value.getUTCFullYear() >= 1950 && value.getUTCFullYear() <= MAX_YEAR), "invalidDate");

const uuidList = z.array(z.uuid("invalid")).max(50, "tooMany");

/** The longest each text field may be: checked here, and the form's inputs take no more (maxLength). */
export const AGREEMENT_LIMITS = {
  referenceNumber: 60, title: 500, ministryApprovalNumber: 80, scope: 10_000, tuitionWaiver: 2_000, creditRecognition: 2_000, notes: 10_000,
} as const;

const scalarSchema = z.object({
  referenceNumber: requiredText(AGREEMENT_LIMITS.referenceNumber),
  title: requiredText(AGREEMENT_LIMITS.title),
  kind: z.enum(AgreementKind, "required"),
  ownerId: z.union([z.literal(""), z.uuid("invalid")]).transform((value) => value || null),
  signedOn: calendarDate,
  effectiveOn: calendarDate,
  expiresOn: calendarDate,
  autoRenews: z.string().transform((value) => value === "on" || value === "true"),
  noticePeriodDays: z
    .string()
    .trim()
    .refine((value) => value === "" || /^\d{1,4}$/.test(value), "wholeDays")
    .transform((value) => (value === "" ? null : Number(value)))
    .refine((value) => value === null || value <= 3650, "wholeDays"),
  ministryApprovalNumber: optionalText(AGREEMENT_LIMITS.ministryApprovalNumber),
  ministryApprovedOn: calendarDate,
  scope: optionalText(AGREEMENT_LIMITS.scope),
  tuitionWaiver: optionalText(AGREEMENT_LIMITS.tuitionWaiver),
  creditRecognition: optionalText(AGREEMENT_LIMITS.creditRecognition),
  notes: optionalText(AGREEMENT_LIMITS.notes),
});

function json(value: string | undefined): unknown {
  if (!value) return [];
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Partners as the picker submits them: [{ id, label }] (the label only for showing it again). */
export function partnerIdsOf(value: string | undefined): string[] | undefined {
  const parsed = json(value);
  if (!Array.isArray(parsed)) return undefined;
  return parsed.map((item: unknown) => (typeof item === "object" && item && "id" in item ? String(item.id) : String(item)));
}

const intIn = (value: unknown, min: number, max: number): number | undefined => {
  const number = typeof value === "number" ? value : typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
};

function parseTerm(raw: unknown, index: number, partnerIds: readonly string[], errors: InputErrors): MobilityTermInput | undefined {
  const row = (typeof raw === "object" && raw ? raw : {}) as Record<string, unknown>;
  const at = (field: string, key: string) => {
    errors[`terms.${index}.${field}`] ??= key;
  };
  const side = (field: string): string | null => {
    const value = row[field];
    if (value === null || value === undefined || value === "") return null;
    if (typeof value !== "string" || !partnerIds.includes(value)) at(field, "termPartnerNotListed");
    return String(value);
  };
  const sendingPartnerId = side("sendingPartnerId");
  const receivingPartnerId = side("receivingPartnerId");
  // One side is always a partner; null is our own university.
  if (sendingPartnerId === receivingPartnerId) at("receivingPartnerId", sendingPartnerId === null ? "termNeedsPartner" : "termSameSides");

  const mobilityType = (Object.values(MobilityType) as string[]).includes(String(row.mobilityType)) ? (row.mobilityType as MobilityType) : undefined;
  if (!mobilityType) at("mobilityType", "required");
  const fromAcademicYear = intIn(row.fromAcademicYear, MIN_YEAR, MAX_YEAR);
  const toAcademicYear = intIn(row.toAcademicYear, MIN_YEAR, MAX_YEAR);
  if (fromAcademicYear === undefined) at("fromAcademicYear", "academicYear");
  if (toAcademicYear === undefined) at("toAcademicYear", "academicYear");
  if (fromAcademicYear !== undefined && toAcademicYear !== undefined && toAcademicYear < fromAcademicYear) at("toAcademicYear", "yearsReversed");
  // A term offers something: no places, or none of their time, is no term at all.
  const placesPerYear = intIn(row.placesPerYear, 1, 9999);
  if (placesPerYear === undefined) at("placesPerYear", "places");

  // EWP counts the total over all places a year: months for students (halves allowed), days for staff.
  let monthsPerYear: number | null = null;
  let daysPerYear: number | null = null;
  const duration = String(row.duration ?? "").trim();
  if (mobilityType && STUDENT_MOBILITY.has(mobilityType)) {
    const months = Number(duration);
    if (duration === "" || !/^\d{1,4}(\.5|\.0)?$/.test(duration) || months === 0 || months > 9999) at("duration", "months");
    else monthsPerYear = months;
  } else if (mobilityType) {
    const days = intIn(duration, 1, 99_999);
    if (duration === "" || days === undefined) at("duration", "days");
    else daysPerYear = days;
  }

  const eqf = Array.isArray(row.eqfLevels) ? row.eqfLevels.map(Number) : [];
  if (!eqf.every((level) => (EQF_LEVELS as readonly number[]).includes(level))) at("eqfLevels", "invalid");
  const isced = Array.isArray(row.iscedCodes) ? row.iscedCodes.map(String) : [];
  if (isced.length > 20 || !isced.every(isIscedCode)) at("iscedCodes", "invalid");

  const language = typeof row.languageCode === "string" ? row.languageCode.trim() : "";
  if (language && !/^[a-z]{2,3}(-[A-Z]{2})?$/.test(language)) at("languageCode", "languageCode");
  const cefr = row.cefrLevel ? String(row.cefrLevel) : "";
  if (cefr && !(Object.values(CefrLevel) as string[]).includes(cefr)) at("cefrLevel", "invalid");
  if (cefr && !language) at("languageCode", "languageForLevel");

  if (!mobilityType || fromAcademicYear === undefined || toAcademicYear === undefined || placesPerYear === undefined) return undefined;
  return {
    sendingPartnerId,
    receivingPartnerId,
    mobilityType,
    fromAcademicYear,
    toAcademicYear,
    placesPerYear,
    monthsPerYear,
    daysPerYear,
    eqfLevels: [...new Set(eqf)].sort(),
    iscedCodes: [...new Set(isced)],
    languageCode: language || null,
    cefrLevel: (cefr || null) as CefrLevel | null,
    blended: row.blended === true || row.blended === "true",
  };
}

/** Every problem of a submitted agreement form at once, or the clean input. */
/**
 * Whether `signedOn` is still to come on `today` (YYYY-MM-DD, UTC). A day's grace: the office's
 * day begins before UTC's east of Greenwich, and "signed today" there may be tomorrow in UTC.
 */
export function isSignedInFuture(signedOn: Date, today: string): boolean {
  return isoDate(signedOn) > isoDate(addDays(new Date(today), 1));
}

/** The form's (or an import row's) values checked; `today` (UTC) bounds the signing date. */
export function parseAgreementInput(values: Partial<Record<string, string>>, today: string): ParsedInput {
  const errors: InputErrors = {};
  const scalars = scalarSchema.safeParse(Object.fromEntries(scalarSchema.keyof().options.map((key) => [key, values[key] ?? ""])));
  if (!scalars.success) {
    for (const issue of scalars.error.issues) errors[String(issue.path[0])] ??= issue.message;
  }

  const partnerIds = partnerIdsOf(values.partners);
  const parsedPartners = partnerIds ? uuidList.safeParse([...new Set(partnerIds)]) : undefined;
  if (!parsedPartners?.success) errors.partners = "invalid";
  else if (parsedPartners.data.length === 0) errors.partners = "partnersRequired";
  const facultyIds = uuidList.safeParse([...new Set((values.facultyIds ?? "").split(",").filter(Boolean))]);
  if (!facultyIds.success) errors.facultyIds = "invalid";

  const rawTerms = json(values.terms);
  if (!Array.isArray(rawTerms) || rawTerms.length > 100) errors.terms = "invalid";
  const partners = parsedPartners?.success ? parsedPartners.data : [];
  const terms = (Array.isArray(rawTerms) ? rawTerms.slice(0, 100) : []).map((raw, index) => parseTerm(raw, index, partners, errors));

  if (scalars.success) {
    const { effectiveOn, expiresOn, signedOn, ministryApprovalNumber, ministryApprovedOn } = scalars.data;
    if (effectiveOn && expiresOn && expiresOn < effectiveOn) errors.expiresOn ??= "expiresBeforeEffective";
    if (signedOn && expiresOn && expiresOn < signedOn) errors.expiresOn ??= "expiresBeforeSigned";
    if (signedOn && isSignedInFuture(signedOn, today)) errors.signedOn ??= "signedInFuture";
    if (ministryApprovedOn && !ministryApprovalNumber) errors.ministryApprovalNumber ??= "ministryNumberRequired";
  }
  if (Object.keys(errors).length > 0 || !scalars.success || !parsedPartners?.success || !facultyIds.success) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    data: { ...scalars.data, partnerIds: parsedPartners.data, facultyIds: facultyIds.data, terms: terms as MobilityTermInput[] },
  };
}
