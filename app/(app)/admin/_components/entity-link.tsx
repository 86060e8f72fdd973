import Link from "next/link";

// Records with a page of their own; the audit log links their entries there. Later record
// pages (partners, agreements…) add their type here.
const RECORD_PAGES: Record<string, (id: string) => string> = {
  User: (id) => `/admin/users/${id}`,
  Partner: (id) => `/partners/${id}`,
  Agreement: (id) => `/agreements/${id}`,
};

/** "User 0192d3c4…", linking to the record's page when one exists; the full id is in the title. */
export function EntityLink({ type, id }: { type: string; id: string | null }) {
  const short = id && id.length > 12 ? `${id.slice(0, 8)}…` : id;
  const page = id ? RECORD_PAGES[type]?.(id) : undefined;
  const label = (
    <>
      {type}
      {short ? <span className="ms-1 font-mono text-xs">{short}</span> : null}
    </>
  );
  return page ? (
    <Link href={page} title={id ?? undefined} className="relative z-10 rounded text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
      {label}
    </Link>
  ) : (
    <span title={id ?? undefined} className="text-slate-600">
      {label}
    </span>
  );
}
