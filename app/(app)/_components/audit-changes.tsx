import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/badge";
import type { AuditChanges as Changes } from "@/lib/data/audit-log";
import type { AuditAction } from "@/lib/generated/prisma/enums";

// How an audit event reads to a person: the action as a coloured word, and each changed
// field as "label: before → after" with dates, roles and yes/no in the reader's language.
// Shared by the audit log and every record page's history.

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

const LONG = 80;
// Fields in a reading order (PostgreSQL's jsonb keeps keys in its own order); others follow alphabetically.
const FIELD_ORDER = ["name", "email", "role", "disabledAt", "ssoLinkAllowed", "password", "totpEnabledAt", "recoveryCodes", "sessionVersion"];
const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const ROLES = new Set(["ADMIN", "STAFF", "STUDENT"]);
const MARKERS = new Set(["ONE_TIME_PASSWORD", "INVITATION_SENT", "SET_FROM_INVITATION"]);

type Translate = Awaited<ReturnType<typeof getTranslations<"auditLog">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

function valueText(value: unknown, t: Translate, tRole: Awaited<ReturnType<typeof getTranslations<"shell.role">>>, format: Format): string {
  if (value === null || value === undefined || value === "") return t("values.none");
  if (typeof value === "boolean") return t(value ? "values.yes" : "values.no");
  if (typeof value === "number") return format.number(value);
  if (typeof value === "string") {
    if (ISO_DATE.test(value)) {
      // A calendar date (signed on, expires on …) is recorded as that day's UTC midnight: it
      // reads as the day, not as a time of day in the reader's zone.
      const isDay = /T00:00:00(\.0+)?Z$/.test(value);
      return format.dateTime(new Date(value), isDay ? { dateStyle: "medium", timeZone: "UTC" } : { dateStyle: "medium", timeStyle: "short" });
    }
    if (ROLES.has(value)) return tRole(value as "ADMIN");
    if (MARKERS.has(value)) return t(`values.${value as "ONE_TIME_PASSWORD"}`);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => valueText(item, t, tRole, format)).join(", ");
  return JSON.stringify(value);
}

function Value({ text, showAll, className }: { text: string; showAll: string; className: string }) {
  if ([...text].length <= LONG) return <span className={className}>{text}</span>;
  // A long value (a scope text, a note) opens on demand; <details> works by keyboard without script.
  return (
    <details className={`group inline ${className}`}>
      <summary className="inline cursor-pointer rounded outline-none focus-visible:outline-2 focus-visible:outline-brand-600">
        {[...text].slice(0, LONG).join("")}… <span className="text-xs font-medium text-brand-700 underline group-open:hidden">{showAll}</span>
      </summary>
      <span className="mt-1 block whitespace-pre-wrap break-words">{text}</span>
    </details>
  );
}

/** The changed fields of one event; nothing when it recorded none. */
export async function AuditChanges({ changes, action }: { changes: Changes | null; action: AuditAction }) {
  const entries = Object.entries(changes ?? {}).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  if (entries.length === 0) return null;
  const t = await getTranslations("auditLog");
  const tRole = await getTranslations("shell.role");
  const format = await getFormatter();
  return (
    <dl className="flex flex-col gap-1 text-sm">
      {entries.map(([field, [before, after]]) => {
        const label = t.has(`fields.${field}` as "fields.name") ? t(`fields.${field}` as "fields.name") : field;
        const isNew = action === "CREATE" || (before === null && action !== "UPDATE");
        return (
          <div key={field} className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
            <dt className="text-slate-500">{label}:</dt>
            <dd className="min-w-0 break-words">
              {isNew ? null : (
                <>
                  <span className="sr-only">{t("was")} </span>
                  <Value
                    text={valueText(before, t, tRole, format)}
                    showAll={t("showAll")}
                    className={before === null ? "text-slate-500" : "text-slate-500 line-through decoration-slate-300"}
                  />
                  <span aria-hidden="true" className="mx-1 text-slate-400">
                    →
                  </span>
                  <span className="sr-only">{t("now")} </span>
                </>
              )}
              <Value text={valueText(after, t, tRole, format)} showAll={t("showAll")} className="font-medium text-slate-900" />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
