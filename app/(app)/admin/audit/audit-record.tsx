import Link from "next/link";
import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { getKindLabel, shortId } from "@/app/(app)/_components/audit-changes";
import type { AuditRecord, RecordPageType } from "@/lib/data/audit-log";

// The record an audit event is about, as a person recognises it: a user's name and email, a
// partner's English name, an agreement's reference number and title — a link to its page
// while there is one. What is not a record of ours reads by what it is (a page's address, a
// setting's name, a list); a record that is gone for good, by its kind and the end of its id.

const PAGES: Record<RecordPageType, (id: string) => string> = {
  User: (id) => `/admin/users/${id}`,
  Partner: (id) => `/partners/${id}`,
  Agreement: (id) => `/agreements/${id}`,
};

// Settings by their key (lib/data/settings.ts), named as the settings page names them.
const SETTINGS: ReadonlyMap<string, "requireTwoFactor"> = new Map([["security.requireTwoFactor", "requireTwoFactor"]]);

// Events about a whole list (exports, imports) name no record: the list's title names them.
const LISTS: ReadonlyMap<string, "partners" | "agreements"> = new Map([
  ["Partner", "partners"],
  ["Agreement", "agreements"],
]);

type Described = {
  /** What to call it. */
  name: string;
  /** Its kind, and what goes with the name; nothing when the name says it all. */
  context: string | null;
  href: string | null;
  isDeleted: boolean;
  /** An address or an id: set in a typewriter face. */
  isCode: boolean;
  /** The full id, for a shortened one. */
  title?: string;
  /** Only a kind, no record of it (a failed sign-in with an unknown email): said quietly. */
  isVague?: boolean;
};

async function describe(type: string, id: string | null, record: AuditRecord | null): Promise<Described> {
  const kindLabel = await getKindLabel();
  const kind = kindLabel(type);
  if (record) {
    return {
      name: record.name,
      context: record.detail ? `${kind} · ${record.detail}` : kind,
      href: record.page ? PAGES[record.page.type](record.page.id) : null,
      isDeleted: record.isDeleted,
      isCode: false,
    };
  }
  const plain = { href: null, isDeleted: false, isCode: false };
  if (type === "Page" && id) return { ...plain, name: id, context: kind, isCode: true };
  const setting = id ? SETTINGS.get(id) : undefined;
  if (setting) return { ...plain, name: (await getTranslations("account.settings"))(setting), context: kind };
  const list = LISTS.get(type);
  if (!id && list) return { ...plain, name: (await getTranslations("pages"))(`${list}.title`), context: null };
  if (!id) return { ...plain, name: kind, context: null, isVague: true };
  return { ...plain, name: `${kind} ${shortId(id)}`, context: null, title: id };
}

/** The record's name as plain text, e.g. for "Only the events of …". */
export async function auditRecordText(type: string, id: string | null, record: AuditRecord | null): Promise<string> {
  return (await describe(type, id, record)).name;
}

/** An address that may wrap after its slashes rather than anywhere. */
function withBreaks(path: string) {
  return path.split("/").map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? (
        <>
          /<wbr />
        </>
      ) : null}
      {part}
    </Fragment>
  ));
}

/** The "Record" cell of the audit log: the name (linked where it opens), then its kind and detail. */
export async function AuditRecordCell({ type, id, record }: { type: string; id: string | null; record: AuditRecord | null }) {
  const described = await describe(type, id, record);
  const t = await getTranslations("auditLog");
  const nameClass = described.isCode ? "font-mono text-xs [overflow-wrap:anywhere]" : "";
  return (
    <span className="flex min-w-0 flex-col gap-0.5">
      <span className="flex flex-wrap items-baseline gap-x-1.5">
        {described.href ? (
          <Link
            href={described.href}
            className={`relative z-10 rounded font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600 ${nameClass}`}
          >
            {described.name}
          </Link>
        ) : (
          <span title={described.title} className={`${described.isVague ? "text-slate-500" : "text-slate-900"} ${nameClass}`}>
            {described.isCode ? withBreaks(described.name) : described.name}
          </span>
        )}
        {described.isDeleted ? <span className="text-xs text-slate-500">{t("deleted")}</span> : null}
      </span>
      {described.context ? (
        <span className="line-clamp-2 text-xs text-slate-500" title={described.context}>
          {described.context}
        </span>
      ) : null}
    </span>
  );
}
