import clsx from "clsx";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClassName } from "./button-styles";

export type PaginationProps = {
  /** Names the navigation landmark, e.g. t("partners.pagination"). */
  label: string;
  /** Link to the previous page; null or absent on the first page. */
  previousHref?: string | null;
  nextHref?: string | null;
  previousLabel: string;
  nextLabel: string;
  /** Already-formatted position text, e.g. "Showing 51–100 of 2,340". */
  summary?: ReactNode;
  className?: string;
};

// Keyset pagination: the caller builds the cursor URLs, so this only knows "back" and
// "forward" — which is also all a million-row list can offer cheaply.
export function Pagination({ label, previousHref, nextHref, previousLabel, nextLabel, summary, className }: PaginationProps) {
  if (!previousHref && !nextHref && !summary) return null;
  return (
    <nav aria-label={label} className={clsx("flex flex-wrap items-center justify-between gap-x-4 gap-y-2", className)}>
      <p className="text-sm text-slate-600 tabular-nums">{summary}</p>
      {/* One page: nowhere to go, so no buttons that do nothing. */}
      {previousHref || nextHref ? (
        <div className="flex gap-2">
          <PageLink href={previousHref} rel="prev" direction="previous">
            {previousLabel}
          </PageLink>
          <PageLink href={nextHref} rel="next" direction="next">
            {nextLabel}
          </PageLink>
        </div>
      ) : null}
    </nav>
  );
}

function PageLink({
  href,
  rel,
  direction,
  children,
}: {
  href?: string | null;
  rel: string;
  direction: "previous" | "next";
  children: ReactNode;
}) {
  const arrow = (
    <svg viewBox="0 0 16 16" fill="none" aria-hidden="true" className={clsx("size-4", direction === "previous" && "rotate-180")}>
      <path d="m6.5 4 4 4-4 4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
  const content =
    direction === "previous" ? (
      <>
        {arrow}
        {children}
      </>
    ) : (
      <>
        {children}
        {arrow}
      </>
    );
  const className = buttonClassName({ variant: "secondary", size: "sm" });
  // A link with no href is not focusable and is announced as disabled: no dead target.
  if (!href) {
    return (
      <a role="link" aria-disabled="true" className={className}>
        {content}
      </a>
    );
  }
  return (
    <Link href={href} rel={rel} className={className}>
      {content}
    </Link>
  );
}
