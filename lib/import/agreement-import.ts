import { calendarDate, parseAgreementInput, type AgreementInput } from "@/lib/agreements/input";
import { SIGNED_STATUSES } from "@/lib/agreements/status";
import { addDays, addYears, isCalendarDay, isoDate } from "@/lib/dates";
import { AgreementKind, AgreementStatus, type Role } from "@/lib/generated/prisma/enums";
import agreementsEn from "@/lib/i18n/messages/agreements.en.json";
import agreementsZh from "@/lib/i18n/messages/agreements.zh.json";
import importEn from "@/lib/i18n/messages/agreement-import.en.json";
import importZh from "@/lib/i18n/messages/agreement-import.zh.json";
import { rorIdOf } from "@/lib/partners/partner-input";
import { asCode, codesOf, guessMappingOf, lookup, nameKey, normalise, rowsOf, splitList, type ImportMapping, type RowProblem } from "./mapping";
import type { Table } from "./read-table";
import { AGREEMENT_KIND_ALIASES, AGREEMENT_STATUS_ALIASES } from "./value-aliases";

// A spreadsheet of agreements → checked agreement inputs, or every reason each bad row is
// bad. Pure: the data layer looks up what the rows name (partners, owners, faculties,
// reference numbers already taken) and hands it in as `AgreementImportLookups`.
//
// Status: draft, in negotiation and awaiting signature rows are imported as they are. A row
// whose status says it was signed (active, expired, terminated, superseded) is recorded as
// approved by the import, so it needs what an approval needs: a signed date, and an importer
// who may approve it (an admin, or the agreement's owner). Mobility terms are not imported.

export const AGREEMENT_IMPORT_FIELDS = [
  "referenceNumber", "title", "kind", "partners", "status", "signedOn", "effectiveOn", "expiresOn", "terminatesOn", "autoRenews",
  "noticePeriodDays", "ministryApprovalNumber", "ministryApprovedOn", "owner", "faculties", "scope", "tuitionWaiver",
  "creditRecognition", "notes",
] as const;
export type AgreementImportField = (typeof AGREEMENT_IMPORT_FIELDS)[number];
export const REQUIRED_AGREEMENT_FIELDS: readonly AgreementImportField[] = ["referenceNumber", "title", "kind", "partners"];

export type AgreementImportMapping = ImportMapping<AgreementImportField>;
export type AgreementRowProblem = RowProblem<AgreementImportField>;

/** What a row without a status gets; the mapping step names it. */
export const AGREEMENT_IMPORT_DEFAULTS = { status: "DRAFT" } as const satisfies Partial<Record<AgreementImportField, string>>;

const HEADER_ALIASES: Record<AgreementImportField, readonly string[]> = {
  referenceNumber: ["reference", "reference number", "reference no", "ref", "ref no", "agreement number", "编号", "协议编号", "参考编号", "agreement no.", "agreement no", "ref. no.", "协议号", "合同编号"],
  title: ["title", "agreement title", "agreement", "标题", "协议名称", "名称", "agreement name", "name of agreement", "协议标题"],
  kind: ["kind", "type", "agreement type", "category", "类型", "协议类型", "type of agreement", "agreement kind", "协议种类"],
  partners: ["partner", "partners", "partner institution", "partner institutions", "institution", "合作方", "合作伙伴", "合作院校", "partner university", "partner universities", "partner name", "合作单位", "合作机构", "外方院校", "外方合作院校"],
  status: ["status", "stored status", "状态", "协议状态", "当前状态", "执行状态", "agreement status"],
  signedOn: ["signed", "signed on", "date signed", "signing date", "signature date", "签署日期", "签订日期", "date of signing", "签署时间", "签约日期", "签订时间"],
  effectiveOn: ["effective", "effective on", "effective date", "takes effect on", "start date", "start", "生效日期", "开始日期", "valid from", "生效时间", "起始日期"],
  expiresOn: ["expires", "expires on", "expiry", "expiry date", "end date", "end", "到期", "到期日期", "截止日期", "失效日期", "valid until", "valid to", "expiration date", "到期时间", "截止时间", "有效期至", "有效期", "有效期限", "validity"],
  terminatesOn: ["termination takes effect on", "terminated from", "terminates on", "terminated on", "termination date", "termination", "终止日期", "终止生效日期", "终止时间"],
  autoRenews: ["automatic renewal", "auto renewal", "auto renew", "renews automatically", "自动续约", "自动续签"],
  noticePeriodDays: ["notice period", "notice period days", "notice days", "notice", "通知期", "通知期 天"],
  ministryApprovalNumber: ["ministry approval number", "ministry approval", "approval number", "教育部批准文号", "批准文号"],
  ministryApprovedOn: ["ministry approval date", "ministry approved on", "approved on", "approval date", "批准日期"],
  owner: ["owner", "owner email", "owner's email", "responsible", "负责人", "负责人邮箱", "contact person", "person in charge", "经办人"],
  faculties: ["faculty", "faculties", "faculties involved", "school", "schools", "department", "涉及院系", "院系", "学院"],
  scope: ["scope", "scope of cooperation", "description", "合作范围", "范围"],
  tuitionWaiver: ["tuition waiver", "tuition", "fees", "学费减免", "学费"],
  creditRecognition: ["credit recognition", "credits", "credit transfer", "学分认定", "学分互认", "学分转换"],
  notes: ["notes", "note", "remarks", "comments", "备注", "说明", "附注"],
};

/** A mapping guessed from the headers: the template's, the form's, the export's and common ones. */
export function guessAgreementMapping(headers: readonly string[]): AgreementImportMapping {
  const form = (m: typeof agreementsEn.agreements) => ({ ...m.form, title: m.form.titleField, status: m.status });
  return guessMappingOf(AGREEMENT_IMPORT_FIELDS, headers, HEADER_ALIASES, [
    importEn.agreementImport.fields,
    importZh.agreementImport.fields,
    form(agreementsEn.agreements),
    form(agreementsZh.agreements),
    { referenceNumber: agreementsEn.agreements.columns.reference, expiresOn: agreementsEn.agreements.columns.expires, terminatesOn: agreementsEn.agreements.workflow.terminatesOn },
    { referenceNumber: agreementsZh.agreements.columns.reference, expiresOn: agreementsZh.agreements.columns.expires, terminatesOn: agreementsZh.agreements.workflow.terminatesOn },
  ]);
}

const KINDS = lookup([agreementsEn.agreements.kinds, agreementsZh.agreements.kinds, codesOf(AgreementKind), AGREEMENT_KIND_ALIASES]);
const STATUSES = lookup([agreementsEn.agreements.statuses, agreementsZh.agreements.statuses, codesOf(AgreementStatus), AGREEMENT_STATUS_ALIASES]);
const YES = new Set(["yes", "y", "true", "1", "x", "是", "✓", normalise(agreementsEn.agreements.form.yes)]);
const NO = new Set(["", "no", "n", "false", "0", "否", normalise(agreementsEn.agreements.form.no)]);

/** An expiry cell saying there is none: the agreement runs until it is ended. */
const OPEN_ENDED = new Set(["长期有效", "长期", "无固定期限", "无期限", "永久", "永久有效", "open ended", "indefinite", "no expiry", "none", normalise(agreementsEn.agreements.noExpiry), normalise(agreementsZh.agreements.noExpiry)]);

const isKind = (code: string): code is AgreementKind => Object.hasOwn(AgreementKind, code);
const isStatus = (code: string): code is AgreementStatus => Object.hasOwn(AgreementStatus, code);

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Why a date cell is no date: the order of its day and month, or anything else. */
const dateProblem = (cell: string) => (isAmbiguousDate(cell) ? "ambiguousDate" : "invalidDate");

/** Day and month before the year, in either order: 15/03/2021, 03/15/2021, 1.9.2025. */
const DAY_MONTH_YEAR = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;

/**
 * Whether a cell is a date whose day and month could be either (3/4/2025: 3 April or 4 March):
 * it is refused with its own message, not read one way.
 */
export function isAmbiguousDate(value: string): boolean {
  const match = DAY_MONTH_YEAR.exec(value.normalize("NFKC").trim());
  return Boolean(match) && Number(match![1]) <= 12 && Number(match![2]) <= 12 && Number(match![1]) !== Number(match![2]);
}

/**
 * A date cell as YYYY-MM-DD: ISO dates (what an Excel date cell is read as), 2025/9/1,
 * 2025.9.1(.), 2025年9月1日, 20250901, full-width digits, an ISO date and time, Excel's
 * day numbers (a date cell saved without its date format), and a day and month before the
 * year where only one order makes a date (15/03/2021 in Europe, 03/15/2021 in the US).
 * Anything else passes through for the form's check to refuse.
 */
export function importDate(value: string): string {
  const text = value.normalize("NFKC").trim();
  const ymd =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日.]?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (ymd) return `${ymd[1]}-${ymd[2]!.padStart(2, "0")}-${ymd[3]!.padStart(2, "0")}`;
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy && !isAmbiguousDate(text)) {
    const [first, second] = [Number(dmy[1]), Number(dmy[2])];
    const [month, day] = first > 12 ? [second, first] : [first, second];
    return `${dmy[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) return isoDate(addDays(new Date(EXCEL_EPOCH), Math.floor(Number(text))));
  return value.trim();
}

/**
 * The last day of a validity given as a duration ("5年", "5 years") from `start` (YYYY-MM-DD):
 * five years from 2024-09-01 run until 2029-08-31. Null for anything else, or with no start.
 */
export function durationEnd(value: string, start: string): string | null {
  const match = /^(\d{1,2})\s*(年|years?)$/i.exec(value.normalize("NFKC").trim());
  if (!match || !isCalendarDay(start)) return null;
  return isoDate(addDays(addYears(new Date(`${start}T00:00:00Z`), Number(match[1])), -1));
}

/**
 * A validity cell given as a span, "2023.5.1-2028.4.30" or "2023年5月1日至2028年4月30日": its
 * first and last day; null for anything else.
 */
export function dateSpan(value: string): { from: string; until: string } | null {
  const match = /^(.+?)\s*(?:-|–|—|~|～|至|到)\s*(\d{4}\D.*|\d{8})$/.exec(value.normalize("NFKC").trim());
  if (!match) return null;
  const [from, until] = [importDate(match[1]!), importDate(match[2]!)];
  return isCalendarDay(from) && isCalendarDay(until) ? { from, until } : null;
}


/** The lookup key of a name within one country: "Name (DE)", as our export writes a name several partners share. */
export const nameInCountryKey = (name: string, country: string) => `${nameKey(name)}|${country.toLowerCase()}`;

/** "Name (DE)" → the name and the country code; null for a cell without such an ending. */
function withCountry(cell: string): { name: string; country: string } | null {
  const match = /^(.*\S)\s*\(([A-Za-z]{2})\)$/.exec(cell.trim());
  return match ? { name: match[1]!, country: match[2]! } : null;
}

/**
 * A reference number as uniqueness reads it: letter case aside ("mer-2026-047" is taken when
 * "MER-2026-047" is), as the database's unique index on lower("referenceNumber") does.
 */
export const referenceKey = (reference: string) => reference.toLowerCase();

/** The lookup key of a partner's ROR id: the one name two partners never share. */
export const rorKey = (rorId: string) => `ror:${rorId}`;

/**
 * The live partners a partner cell names: by its ROR id when the cell is one, else by the
 * whole cell, else by "Name (CC)" read as a name within a country.
 */
function partnersNamed(cell: string, partners: AgreementImportLookups["partners"]): readonly string[] {
  const ror = rorIdOf(cell);
  if (ror) return partners.get(rorKey(ror)) ?? [];
  const whole = partners.get(nameKey(cell)) ?? [];
  const split = withCountry(cell);
  if (whole.length === 1 || !split) return whole;
  return partners.get(nameInCountryKey(split.name, split.country)) ?? whole;
}

/**
 * How an owner cell is looked up, lower-cased: the email of "Name <email>" (what our export
 * writes), else the cell itself, an email or a name.
 */
export function ownerKey(cell: string): string {
  const email = /<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/.exec(cell)?.[1];
  return (email ?? cell.trim()).toLowerCase();
}

/** What the rows name, for the data layer to look up: partner cells as `nameKey` writes them, owners, reference numbers. */
export function namesInRows(table: Table, mapping: AgreementImportMapping) {
  const partners = new Set<string>();
  const owners = new Set<string>();
  const references = new Set<string>();
  for (const { raw } of rowsOf(table, AGREEMENT_IMPORT_FIELDS, mapping)) {
    for (const name of splitList(raw.partners)) partners.add(nameKey(name));
    if (raw.owner) owners.add(ownerKey(raw.owner));
    if (raw.referenceNumber) references.add(referenceKey(raw.referenceNumber));
  }
  return { partners: [...partners], owners: [...owners], references: [...references] };
}

export type AgreementImportLookups = {
  /** Who imports: the owner when the owner column is empty, and the one who approves signed rows. */
  importer: { id: string; role: Role };
  /**
   * nameKey(a partner cell) → the live partners whose English name, native name (in either
   * Chinese script) or acronym it is;
   * nameInCountryKey(English name, country) → those of that name in that country; and
   * rorKey(ROR id) → the partner with that ROR id.
   */
  partners: ReadonlyMap<string, readonly string[]>;
  /** Lower-case email or name → the active office staff it names (a name may be shared). */
  owners: ReadonlyMap<string, readonly string[]>;
  /** normalise(code, English or Chinese name) → faculty id. */
  faculties: ReadonlyMap<string, string>;
  /** The live agreements by their reference numbers, as referenceKey writes them: what a row with such a number already is. */
  takenReferences: ReadonlyMap<string, { id: string; name: string }>;
  /** Today (YYYY-MM-DD, UTC), for "expired". */
  today: string;
};

/** A good row: the agreement, its stored status and, for an active or terminated one, the day its termination takes effect. */
export type CheckedAgreementRow = { row: number; input: AgreementInput; status: AgreementStatus; terminatesOn: Date | null };

// The form's field names → the import's.
const FIELD_OF: Record<string, AgreementImportField> = { partners: "partners", facultyIds: "faculties", ownerId: "owner" };

/**
 * Checks every row, reporting every problem of each (row numbers are the spreadsheet's; the
 * header is row 1). The form's own checks apply (lengths, dates, expiry after signature…);
 * then partners, owner and faculties must be found, the reference number must not repeat an
 * earlier row's, and a signed status needs a signed date and an importer who may approve it.
 * A row whose reference number a live agreement has is that agreement: it is skipped, named
 * and linked, and Meridian's record is not changed, so a file imported twice adds nothing.
 */
export function checkAgreementRows(
  table: Table,
  mapping: AgreementImportMapping,
  lookups: AgreementImportLookups,
): { rows: CheckedAgreementRow[]; problems: AgreementRowProblem[]; skipped: AgreementRowProblem[] } {
  const rows: CheckedAgreementRow[] = [];
  const problems: AgreementRowProblem[] = [];
  const skipped: AgreementRowProblem[] = [];
  const seen = new Set<string>();
  for (const { row, raw } of rowsOf(table, AGREEMENT_IMPORT_FIELDS, mapping)) {
    const reference = raw.referenceNumber ? referenceKey(raw.referenceNumber) : "";
    const existing = lookups.takenReferences.get(reference);
    if (existing) {
      skipped.push({ row, field: "referenceNumber", messageKey: "exists", values: { name: existing.name }, link: { href: `/agreements/${existing.id}`, name: existing.name } });
      continue;
    }
    const found: AgreementRowProblem[] = [];
    const problem = (field: AgreementImportField, messageKey: string, values?: Record<string, string>) =>
      found.push({ row, field, messageKey, ...(values ? { values } : {}) });

    const kind = asCode(KINDS, raw.kind);
    if (raw.kind && !isKind(kind)) problem("kind", "unknownKind");
    const statusCode = asCode(STATUSES, raw.status) || AGREEMENT_IMPORT_DEFAULTS.status;
    const statusKnown = isStatus(statusCode);
    const status = statusKnown ? statusCode : "DRAFT";
    if (!statusKnown) problem("status", "unknownStatus");

    const partnerIds: string[] = [];
    for (const name of splitList(raw.partners)) {
      const ids = partnersNamed(name, lookups.partners);
      if (ids.length === 0) problem("partners", "partnerNotFound", { name });
      else if (ids.length > 1) problem("partners", "partnerAmbiguous", { name });
      else partnerIds.push(ids[0]!);
    }
    let ownerId = lookups.importer.id;
    if (raw.owner) {
      // An email, "Name <email>" as our export writes it, or a name only one of them has.
      const ids = lookups.owners.get(ownerKey(raw.owner)) ?? [];
      if (ids.length === 0) problem("owner", "ownerNotFound", { name: raw.owner });
      else if (ids.length > 1) problem("owner", "ownerAmbiguous", { name: raw.owner });
      else ownerId = ids[0]!;
    }
    const facultyIds: string[] = [];
    // No faculty's name has a comma: 商学院，计算机学院 and "Law, Medicine" are lists.
    for (const name of splitList(raw.faculties, /[;；、，,\n]/)) {
      const id = lookups.faculties.get(normalise(name));
      if (id) facultyIds.push(id);
      else problem("faculties", "facultyNotFound", { name });
    }
    const autoRenews = normalise(raw.autoRenews);
    const signedDay = importDate(raw.signedOn);
    const span = dateSpan(raw.expiresOn);
    const effectiveOn = importDate(raw.effectiveOn) || (span?.from ?? "");
    const lasts = durationEnd(raw.expiresOn, effectiveOn || signedDay);
    if (!YES.has(autoRenews) && !NO.has(autoRenews)) problem("autoRenews", "yesNo");

    const parsed = parseAgreementInput({
      referenceNumber: raw.referenceNumber,
      title: raw.title,
      kind: isKind(kind) ? kind : "",
      partners: JSON.stringify([...new Set(partnerIds)]),
      facultyIds: [...new Set(facultyIds)].join(","),
      ownerId,
      signedOn: signedDay,
      // A validity span in the expiry column says when the agreement takes effect too; a
      // duration counts from then, or from the signature.
      effectiveOn,
      expiresOn: OPEN_ENDED.has(normalise(raw.expiresOn)) ? "" : (span?.until ?? lasts ?? importDate(raw.expiresOn)),
      autoRenews: YES.has(autoRenews) ? "true" : "",
      noticePeriodDays: raw.noticePeriodDays,
      ministryApprovalNumber: raw.ministryApprovalNumber,
      ministryApprovedOn: importDate(raw.ministryApprovedOn),
      scope: raw.scope,
      tuitionWaiver: raw.tuitionWaiver,
      creditRecognition: raw.creditRecognition,
      notes: raw.notes,
      terms: "[]",
    }, lookups.today);
    if (!parsed.ok) {
      for (const [name, messageKey] of Object.entries(parsed.errors)) {
        const field = FIELD_OF[name] ?? (name as AgreementImportField);
        // A partner that was named but not found has said so already.
        if (found.some((p) => p.field === field)) continue;
        if (field === "kind" && raw.kind) continue;
        problem(field, messageKey === "invalidDate" ? dateProblem(raw[field]) : messageKey);
      }
    }

    if (reference && seen.has(reference)) problem("referenceNumber", "duplicateInFile");
    if (reference) seen.add(reference);

    if (statusKnown && SIGNED_STATUSES.has(status)) {
      const signedOn = parsed.ok ? parsed.data.signedOn : raw.signedOn;
      if (!signedOn && !found.some((p) => p.field === "signedOn")) problem("signedOn", "signedRequiredForStatus");
      if (lookups.importer.role !== "ADMIN" && ownerId !== lookups.importer.id) problem("status", "notAllowedToApprove");
    }
    if (status === "EXPIRED" && parsed.ok && !(parsed.data.expiresOn && parsed.data.expiresOn.toISOString().slice(0, 10) < lookups.today)) {
      problem("expiresOn", "expiredNotPast");
    }

    const terminatesOn = checkTermination(raw.terminatesOn, status, parsed.ok ? parsed.data : null, lookups.today, problem);

    if (found.length > 0 || !parsed.ok) problems.push(...found);
    else rows.push({ row, input: parsed.data, status, terminatesOn });
  }
  return { rows, problems, skipped };
}

/**
 * A termination date, as our export writes it: an active agreement with one is ending (or,
 * once the day has come, shows as terminated); a terminated one ended on it, so not after
 * today. Either way not after its expiry, nor before its signature.
 */
function checkTermination(
  cell: string,
  status: AgreementStatus,
  input: AgreementInput | null,
  today: string,
  problem: (field: AgreementImportField, messageKey: string) => void,
): Date | null {
  if (!cell.trim()) return null;
  const parsed = calendarDate.safeParse(importDate(cell));
  const day = parsed.success ? parsed.data : null;
  if (!day) {
    problem("terminatesOn", dateProblem(cell));
    return null;
  }
  if (status !== "ACTIVE" && status !== "TERMINATED") problem("terminatesOn", "terminationNeedsStatus");
  else if (status === "TERMINATED" && day.toISOString().slice(0, 10) > today) problem("terminatesOn", "terminatedNotYet");
  if (input?.expiresOn && day > input.expiresOn) problem("terminatesOn", "terminatesAfterExpiry");
  if (input?.signedOn && day < input.signedOn) problem("terminatesOn", "terminatesBeforeSigned");
  return day;
}
