import type { NestedKeyOf, TranslationValues } from "next-intl";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/badge";
import { academicYearLabel } from "@/lib/agreements/term-labels";
import type { AuditChanges as Changes, ReferenceName } from "@/lib/data/audit-log";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/catalogues";
import { isLocale } from "@/lib/i18n/locales";
import { regionName } from "@/lib/i18n/regions";

// How an audit event reads to a person: the action as a coloured word, and each changed
// field as "label: before → after" in the reader's language — the field by the name its form
// gives it, enumerations (statuses, kinds, sign-in methods) by their names, dates as dates,
// ids of other records by those records' names. Shared by the audit log and every record
// page's history.

const actionTone: Record<AuditAction, BadgeTone> = {
  CREATE: "success",
  UPDATE: "info",
  DELETE: "danger",
  RESTORE: "brand",
  SIGN_IN: "neutral",
  SIGN_IN_FAILED: "warning",
  SIGN_OUT: "neutral",
  ACCESS_DENIED: "danger",
  APPROVE: "success",
  RETURN: "warning",
  EXPORT: "neutral",
  IMPORT: "neutral",
};

export async function AuditActionBadge({ action }: { action: AuditAction }) {
  const t = await getTranslations("auditLog.actions");
  return <Badge tone={actionTone[action]}>{t(action)}</Badge>;
}

type Format = Awaited<ReturnType<typeof getFormatter>>;
/** A message path: the tables below are checked against the catalogue when they compile. */
type Key = NestedKeyOf<Messages>;
/** The whole catalogue's translator, with keys from the tables (next-intl's own key type is too large to check here). */
type Translate = { (key: Key, values?: TranslationValues): string; has: (key: string) => boolean };

async function translator(): Promise<Translate> {
  const t = await getTranslations();
  return Object.assign((key: Key, values?: TranslationValues) => t(key as never, values as never), { has: (key: string) => t.has(key as never) });
}

/** The end of an id, which tells records apart (UUID v7 ids begin with their creation time). */
export const shortId = (id: string) => (id.length > 12 ? `…${id.slice(-8)}` : id);

/**
 * What a field is called and how its values read:
 * - values: a namespace holding one message per value, or a message per value;
 * - as: values a function reads — a country code, ids of other records, mobility terms,
 *   an export's filters, a session counter (whose numbers mean "signed out everywhere"),
 *   a number of days.
 */
type Field = {
  label: Key;
  values?: string | Readonly<Record<string, Key>>;
  as?: "region" | "reference" | "terms" | "filters" | "sessions" | "days" | "lines";
};
type Fields = Readonly<Record<string, Field>>;

const PASSWORD_VALUES = "auditLog.values";
const SIGN_IN_METHODS = { password: "login.password", sso: "adminUsers.detail.sso", totp: "auditLog.values.totp", recoveryCode: "auditLog.values.recoveryCode" } as const;

// Fields by the entity type whose audit rows carry them (lib/data/*, lib/auth/*), named by
// the labels of their forms where they have one.
const FIELDS: Readonly<Record<string, Fields>> = {
  User: {
    name: { label: "adminUsers.create.name" },
    email: { label: "adminUsers.create.email" },
    role: { label: "adminUsers.detail.role", values: "shell.role" },
    ssoLinkAllowed: { label: "auditLog.fields.ssoLinkAllowed" },
    password: { label: "login.password", values: PASSWORD_VALUES },
    disabledAt: { label: "auditLog.fields.disabledAt" },
    twoFactor: { label: "adminUsers.detail.twoFactor" },
    totpEnabledAt: { label: "auditLog.fields.totpEnabledAt" },
    recoveryCodes: { label: "auditLog.fields.recoveryCodes" },
    recoveryCodesLeft: { label: "auditLog.fields.recoveryCodesLeft" },
    sessionVersion: { label: "auditLog.fields.sessionVersion", as: "sessions" },
    locale: { label: "language.label", values: "language" },
    method: { label: "auditLog.fields.method", values: SIGN_IN_METHODS },
    reason: { label: "auditLog.fields.reason", values: "auditLog.signInFailures" },
    step: { label: "auditLog.fields.step", values: "auditLog.steps" },
    confirmedWith: { label: "auditLog.fields.confirmedWith", values: { password: "login.password", code: "auditLog.values.authenticatorCode" } },
    scope: { label: "auditLog.fields.signOutScope", values: "auditLog.signOutScopes" },
    issuer: { label: "auditLog.fields.issuer" },
    subject: { label: "auditLog.fields.subject" },
  },
  UserIdentity: {
    userId: { label: "auditLog.kinds.User", as: "reference" },
    issuer: { label: "auditLog.fields.issuer" },
    subject: { label: "auditLog.fields.subject" },
    email: { label: "adminUsers.create.email" },
  },
  Partner: {
    nameEn: { label: "partnerRecord.fields.nameEn" },
    nameNative: { label: "partnerRecord.fields.nameNative" },
    otherNames: { label: "partnerRecord.fields.otherNames", as: "lines" },
    acronym: { label: "partnerRecord.fields.acronym" },
    kind: { label: "partnerRecord.fields.kind", values: "partners.kinds" },
    status: { label: "partnerRecord.fields.status", values: "partners.statuses" },
    country: { label: "partnerRecord.fields.country", as: "region" },
    city: { label: "partnerRecord.fields.city" },
    website: { label: "partnerRecord.fields.website" },
    rorId: { label: "partnerRecord.fields.rorId" },
    erasmusCode: { label: "partnerRecord.fields.erasmusCode" },
    tags: { label: "partnerRecord.fields.tags" },
    notes: { label: "partnerRecord.fields.notes" },
    filters: { label: "partners.filters", as: "filters" },
  },
  PartnerContact: {
    partnerId: { label: "agreements.partner", as: "reference" },
    name: { label: "partnerRecord.contacts.name" },
    position: { label: "partnerRecord.contacts.position" },
    email: { label: "partnerRecord.contacts.email" },
    phone: { label: "partnerRecord.contacts.phone" },
    notes: { label: "partnerRecord.contacts.notes" },
  },
  Agreement: {
    referenceNumber: { label: "agreements.form.referenceNumber" },
    title: { label: "agreements.form.titleField" },
    kind: { label: "agreements.form.kind", values: "agreements.kinds" },
    status: { label: "agreements.status", values: "agreements.statuses" },
    partners: { label: "agreements.form.partners", as: "reference" },
    ownerId: { label: "agreements.form.owner", as: "reference" },
    faculties: { label: "agreements.form.faculties", as: "reference" },
    signedOn: { label: "agreements.form.signedOn" },
    effectiveOn: { label: "agreements.form.effectiveOn" },
    expiresOn: { label: "agreements.form.expiresOn" },
    terminatesOn: { label: "agreements.workflow.terminatesOn" },
    supersededOn: { label: "auditLog.fields.supersededOn" },
    autoRenews: { label: "agreements.form.autoRenews" },
    noticePeriodDays: { label: "agreements.form.noticePeriodDays" },
    ministryApprovalNumber: { label: "agreements.form.ministryApprovalNumber" },
    // The form's "Approved on" leans on its "Ministry approval" heading.
    ministryApprovedOn: { label: "auditLog.fields.ministryApprovedOn" },
    scope: { label: "agreements.form.scope" },
    tuitionWaiver: { label: "agreements.form.tuitionWaiver" },
    creditRecognition: { label: "agreements.form.creditRecognition" },
    notes: { label: "agreements.form.notes" },
    mobilityTerms: { label: "agreements.form.sectionTerms", as: "terms" },
    comment: { label: "agreements.workflow.comment" },
    supersedesId: { label: "auditLog.fields.supersedesId", as: "reference" },
    supersededBy: { label: "auditLog.fields.supersededBy", as: "reference" },
    filters: { label: "agreements.filters", as: "filters" },
  },
  Setting: {
    value: { label: "auditLog.fields.value" },
  },
};

// The filters of an export, as the list they were set on calls them.
const FILTERS: Readonly<Record<string, Fields>> = {
  Partner: {
    q: { label: "partners.search" },
    country: { label: "partners.country", as: "region" },
    kind: { label: "partners.kind", values: "partners.kinds" },
    status: { label: "partners.status", values: "partners.statuses" },
    tag: { label: "partners.tag" },
    active: { label: "partners.activeOnly", values: { "1": "auditLog.values.yes" } },
    sort: { label: "partners.sort", values: "partners.sorts" },
  },
  Agreement: {
    q: { label: "agreements.search" },
    kind: { label: "agreements.kind", values: "agreements.kinds" },
    status: { label: "agreements.status", values: "agreements.statuses" },
    partner: { label: "agreements.partner", as: "reference" },
    country: { label: "agreements.country", as: "region" },
    owner: { label: "agreements.owner", as: "reference" },
    faculty: { label: "agreements.faculty", as: "reference" },
    signed: { label: "agreements.signedYear" },
    expiring: { label: "agreements.expiring", as: "days" },
    sort: { label: "agreements.sort", values: "agreements.sorts" },
  },
};

// Fields any record's events may carry.
const COMMON: Fields = {
  deletedAt: { label: "auditLog.fields.deletedAt" },
  document: { label: "auditLog.fields.document" },
  created: { label: "auditLog.fields.created" },
  signed: { label: "auditLog.fields.signed" },
  file: { label: "auditLog.fields.file" },
};

/** A table's own entry (never one inherited from Object, whatever a stored key says). */
const entryOf = <T,>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined => (table && Object.hasOwn(table, key) ? table[key] : undefined);

const fieldOf = (entityType: string, field: string): Field | undefined => entryOf(entryOf(FIELDS, entityType), field) ?? entryOf(COMMON, field);

/** The field's name; a field nobody has named yet keeps its code rather than vanish. */
function labelOf(t: Translate, field: string, spec: Field | undefined): string {
  return spec ? t(spec.label) : field;
}

// Fields in a reading order (PostgreSQL's jsonb keeps keys in its own order); others follow alphabetically.
const FIELD_ORDER = [
  "reason", "method", "name", "email", "role", "disabledAt", "ssoLinkAllowed", "password", "twoFactor", "totpEnabledAt", "recoveryCodes", "sessionVersion",
  "referenceNumber", "title", "nameEn", "kind", "status", "partners", "created", "signed", "file",
];
const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
// termSummary in lib/data/agreement-changes.ts: "STUDENT_STUDIES 2025–2027 ×4".
const TERM = /^([A-Z_]+) (\d{4})–(\d{4}) ×(\d+)$/;

type Reader = { t: Translate; format: Format; locale: string; entityType: string; names: Readonly<Record<string, ReferenceName>> };

function referenceText(id: string, { names, locale }: Reader): string {
  const named = entryOf(names, id);
  if (!named) return shortId(id);
  return locale === "zh" && named.nameZh ? named.nameZh : named.name;
}

function enumText(value: string, values: Field["values"], t: Translate): string | null {
  if (!values) return null;
  const key = (typeof values === "string" ? `${values}.${value}` : values[value]) as Key | undefined;
  return key && t.has(key) ? t(key) : null;
}

function termText(value: string, t: Translate): string {
  const [, type = "", from, to, places] = TERM.exec(value) ?? [];
  const typeKey = `agreements.mobilityTypes.${type}` as Key;
  if (!from || !to || !places || !t.has(typeKey)) return value;
  return t("auditLog.values.term", { type: t(typeKey), from: academicYearLabel(Number(from)), to: academicYearLabel(Number(to)), places: Number(places) });
}

const isNone = (value: unknown) => value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

function valueText(value: unknown, spec: Field | undefined, reader: Reader): string {
  const { t, format, locale } = reader;
  if (isNone(value)) return t("auditLog.values.none");
  if (Array.isArray(value)) return value.map((item) => valueText(item, spec, reader)).join(locale === "zh" ? "、" : ", ");
  if (typeof value === "boolean") return t(value ? "auditLog.values.yes" : "auditLog.values.no");
  if (typeof value === "number") return format.number(value);
  if (typeof value !== "string") return JSON.stringify(value);
  const named = enumText(value, spec?.values, t);
  if (named !== null) return named;
  if (spec?.as === "region") return isLocale(locale) ? regionName(value, locale) : value;
  if (spec?.as === "reference") return referenceText(value, reader);
  if (spec?.as === "terms") return termText(value, t);
  if (spec?.as === "days" && /^\d+$/.test(value)) return t("agreements.expiringDays", { days: Number(value) });
  // Names one a line read as a list.
  if (spec?.as === "lines") return value.split("\n").join(" · ");
  if (ISO_DATE.test(value)) {
    // A calendar date (signed on, expires on …) is recorded as that day's UTC midnight: it
    // reads as the day, not as a time of day in the reader's zone.
    const isDay = /T00:00:00(\.0+)?Z$/.test(value);
    return format.dateTime(new Date(value), isDay ? { dateStyle: "medium", timeZone: "UTC" } : { dateStyle: "medium", timeStyle: "short" });
  }
  return value;
}

const LONG = 80;

function Value({ text, showAll, className }: { text: string; showAll: string; className: string }) {
  if ([...text].length <= LONG) return <span className={className}>{text}</span>;
  // A long value (a scope text, a note) opens on demand; <details> works by keyboard without script.
  return (
    <details className={`group inline ${className}`}>
      <summary className="inline cursor-pointer rounded outline-none focus-visible:outline-2 focus-visible:outline-brand-600">
        {[...text].slice(0, LONG).join("")}… <span className="text-xs font-medium text-brand-700 underline group-open:hidden">{showAll}</span>
      </summary>
      <span className="mt-1 block whitespace-pre-wrap [overflow-wrap:anywhere]">{text}</span>
    </details>
  );
}

/** Names record kinds ("Partner", "Contact"); a kind without a name keeps its code. */
export async function getKindLabel(): Promise<(entityType: string) => string> {
  const t = await translator();
  return (entityType) => {
    const key = `auditLog.kinds.${entityType}`;
    return t.has(key) ? t(key as Key) : entityType;
  };
}

export type AuditChangesProps = {
  changes: Changes | null;
  action: AuditAction;
  /** The audit row's entityType: which form's names its fields and values have. */
  entityType?: string;
  /** Names of the records its changes refer to, by id (NamedAuditRow.names). */
  names?: Readonly<Record<string, ReferenceName>>;
};

/** One line of an event's changes: a field, and its value before (unless new) and after. */
type Line = { key: string; label: string; before?: { text: string; isNone: boolean }; after: string };

function linesOf(changes: Changes, action: AuditAction, reader: Reader): Line[] {
  const { t, entityType } = reader;
  const entries = Object.entries(changes).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  return entries.flatMap(([field, [before, after]]): Line[] => {
    const spec = fieldOf(entityType, field);
    const label = labelOf(t, field, spec);
    // An export's filters read one a line, as the list's filter form names them.
    if (spec?.as === "filters" && typeof after === "object" && after !== null && !Array.isArray(after)) {
      const vocabulary = entryOf(FILTERS, entityType) ?? {};
      const order = Object.keys(vocabulary);
      const filters = Object.entries(after).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
      if (filters.length === 0) return [{ key: field, label, after: t("auditLog.values.noFilters") }];
      return filters.map(([key, value]) => ({ key: `${field}.${key}`, label: labelOf(t, key, entryOf(vocabulary, key)), after: valueText(value, entryOf(vocabulary, key), reader) }));
    }
    // A session counter's numbers mean one thing: every session before it has ended (which
    // a sign-out says itself).
    if (spec?.as === "sessions") return action === "SIGN_OUT" ? [] : [{ key: field, label, after: t("auditLog.values.sessionsEnded") }];
    const isNew = action === "CREATE" || (before === null && action !== "UPDATE") || JSON.stringify(before) === JSON.stringify(after);
    return [
      {
        key: field,
        label,
        ...(isNew ? {} : { before: { text: valueText(before, spec, reader), isNone: isNone(before) } }),
        after: valueText(after, spec, reader),
      },
    ];
  });
}

/** The changed fields of one event; nothing when it recorded none. */
export async function AuditChanges({ changes, action, entityType = "", names = {} }: AuditChangesProps) {
  if (!changes || Object.keys(changes).length === 0) return null;
  const t = await translator();
  const lines = linesOf(changes, action, { t, format: await getFormatter(), locale: await getLocale(), entityType, names });
  const showAll = t("auditLog.showAll");
  return (
    <dl className="flex flex-col gap-1 text-sm">
      {lines.map(({ key, label, before, after }) => (
        <div key={key} className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
          <dt className="text-slate-500">{label}:</dt>
          <dd className="min-w-0 [overflow-wrap:anywhere]">
            {before ? (
              <>
                <span className="sr-only">{t("auditLog.was")} </span>
                <Value text={before.text} showAll={showAll} className={before.isNone ? "text-slate-500" : "text-slate-500 line-through decoration-slate-300"} />
                <span aria-hidden="true" className="mx-1 text-slate-400">
                  →
                </span>
                <span className="sr-only">{t("auditLog.now")} </span>
              </>
            ) : null}
            <Value text={after} showAll={showAll} className="font-medium text-slate-900" />
          </dd>
        </div>
      ))}
    </dl>
  );
}
