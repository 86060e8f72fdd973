import Link from "next/link";

/** "← Back to …" above a page's title: one look and one touch target (32 px) on every page. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="mb-3 inline-flex min-h-8 items-center gap-1 rounded text-sm text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600">
      <span aria-hidden="true">←</span> {label}
    </Link>
  );
}
