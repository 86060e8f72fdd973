import clsx from "clsx";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/badge";
import { buttonClassName } from "@/components/button-styles";
import { SearchField } from "@/components/filter-fields";
import { SEARCH_MAX } from "@/lib/lists/url-text";

// Literal class names, so Tailwind finds them.
const GRID_COLUMNS = { 4: "lg:grid-cols-4", 5: "lg:grid-cols-5" } as const;

type ListFiltersProps = {
  /** The list: its path (applying loads it, clearing goes back to it) and its messages' namespace. */
  list: "agreements" | "partners";
  query: string;
  /** How many filters are set. */
  chosen: number;
  columns: keyof typeof GRID_COLUMNS;
  /** Beside "Clear", e.g. a checkbox. */
  options?: ReactNode;
  /** The list's own filters. */
  children: ReactNode;
};

/**
 * A list's filters as a GET form: applying them is following a link, so every view can be
 * bookmarked and shared, and it works before JavaScript loads. A new filter starts at the
 * first page (the form carries no cursor). The search box is always in view; the list's own
 * filters fold away under "Filters". Only browser controls, with no JavaScript of their own:
 * the form is on every list view, and react-aria's fields and next/link cost measurable
 * server time there (bench/); submitting it loads the page anyway.
 */
export async function ListFilters({ list, query, chosen, columns, options, children }: ListFiltersProps) {
  const t = await getTranslations(list);
  const path = `/${list}`;
  return (
    <form method="get" action={path} role="search" aria-label={t("filters")} className="mb-4 rounded-card border border-slate-200 bg-white p-4 shadow-xs">
      <div className="flex items-end gap-2">
        <SearchField label={t("search")} name="q" defaultValue={query} hint={t("searchHint")} maxLength={SEARCH_MAX} className="flex-1" />
        <button type="submit" className={buttonClassName()}>
          {t("apply")}
        </button>
      </div>
      {/* Open when a filter is set, so what shapes the list is always in view. */}
      <details open={chosen > 0} className="group mt-3">
        <summary className="inline-flex min-h-10 cursor-pointer list-none items-center gap-2 rounded-field text-sm font-medium text-slate-700 outline-none hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 sm:min-h-8 [&::-webkit-details-marker]:hidden">
          <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4 transition-transform group-open:rotate-90" fill="none" stroke="currentColor" strokeWidth="1.75">
            <path d="m6 4 4 4-4 4" />
          </svg>
          {t("filters")}
          {chosen > 0 ? <Badge tone="brand">{chosen}</Badge> : null}
        </summary>
        <div className={clsx("mt-3 grid gap-3 sm:grid-cols-2", GRID_COLUMNS[columns])}>{children}</div>
        <div className={clsx("mt-3 flex flex-wrap items-center gap-3", options ? "justify-between" : "justify-end")}>
          {options}
          <a href={path} className={buttonClassName({ variant: "ghost" })}>
            {t("clear")}
          </a>
        </div>
      </details>
    </form>
  );
}
