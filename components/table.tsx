import clsx from "clsx";
import Link from "next/link";
import type { ComponentProps, CSSProperties, ReactNode } from "react";

// Plain semantic table elements rendered on the server: screen readers get real table
// navigation and rows ship no JavaScript of their own (the body's one click handler makes
// their plain links navigate within the app: table-body.tsx). The rows' and cells' look is
// set once by the table's `data-table` class (app/globals.css), not repeated in every cell:
// a 50-row list renders, serialises and sends each cell's classes twice (HTML and RSC).

export type TableProps = {
  /** Names the table for screen readers; visually hidden unless isCaptionVisible. */
  caption: ReactNode;
  isCaptionVisible?: boolean;
  /**
   * Height after which the table scrolls inside its frame with the header row kept in view,
   * e.g. "calc(100dvh - 14rem)". Without it the rows scroll with the page and the frame only
   * scrolls sideways, when the table is wider than the screen; the header row then scrolls
   * away with the page (a frame that scrolls sideways cannot hold a header to the window).
   */
  maxHeight?: string;
  className?: string;
  children: ReactNode;
};

export function Table({ caption, isCaptionVisible = false, maxHeight, className, children }: TableProps) {
  const style: CSSProperties | undefined = maxHeight ? { maxHeight } : undefined;
  return (
    <div
      style={style}
      className={clsx(maxHeight ? "overflow-auto" : "overflow-x-auto", "rounded-card border border-slate-200 bg-white", className)}
    >
      <table className="data-table">
        <caption
          className={clsx(
            isCaptionVisible
              ? "border-b border-slate-200 px-4 py-3 text-start text-sm font-semibold text-slate-900"
              : "sr-only",
          )}
        >
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function TableHead({ children }: { children: ReactNode }) {
  return <thead>{children}</thead>;
}

export { TableBody } from "./table-body";

export function TableRow({ className, children }: { className?: string; children: ReactNode }) {
  return <tr className={className}>{children}</tr>;
}

type Align = "start" | "end" | "center";
// Cells are start-aligned by default (data-table), so only other alignments need a class.
const alignClass: Record<Align, string | undefined> = { start: undefined, end: "text-end", center: "text-center" };

export type SortDirection = "ascending" | "descending";

export type TableHeaderCellProps = {
  children: ReactNode;
  align?: Align;
  /** Sortable column: href applies this sort; direction is set on the column sorted now. */
  sort?: { href: string; direction?: SortDirection };
  /**
   * A secondary column, shown only from this width up; its data must be reachable elsewhere
   * below it. "md" hides it on phones; "xl" also where the sidebar leaves the table too little
   * room for every column (1024 px).
   */
  hiddenBelow?: HiddenBelow;
  className?: string;
};

export type HiddenBelow = "md" | "xl";
// Literal class names, so Tailwind finds them.
const hiddenBelowClass: Record<HiddenBelow, string> = { md: "hidden md:table-cell", xl: "hidden xl:table-cell" };

export function TableHeaderCell({ children, align = "start", sort, hiddenBelow, className }: TableHeaderCellProps) {
  return (
    <th
      scope="col"
      aria-sort={sort?.direction}
      className={clsx(
        // The cell's look is the data-table's (app/globals.css); only what differs is here.
        alignClass[align],
        hiddenBelow && hiddenBelowClass[hiddenBelow],
        className,
      )}
    >
      {sort ? (
        <Link
          href={sort.href}
          className={clsx(
            "group -mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-slate-900",
            sort.direction && "text-slate-900",
          )}
        >
          {children}
          <SortIcon direction={sort.direction} />
        </Link>
      ) : (
        children
      )}
    </th>
  );
}

export type TableCellProps = {
  children?: ReactNode;
  align?: Align;
  /** Tabular digits aligned to the end, for counts, dates and money. */
  isNumeric?: boolean;
  hiddenBelow?: HiddenBelow;
  /** Row header cell (th scope=row), normally the record's name. */
  isRowHeader?: boolean;
  className?: string;
};

export function TableCell({ children, align, isNumeric, hiddenBelow, isRowHeader, className }: TableCellProps) {
  const Cell = isRowHeader ? "th" : "td";
  return (
    <Cell
      scope={isRowHeader ? "row" : undefined}
      className={
        clsx(
          alignClass[align ?? (isNumeric ? "end" : "start")],
          isNumeric && "tabular-nums whitespace-nowrap",
          hiddenBelow && hiddenBelowClass[hiddenBelow],
          className,
        ) || undefined
      }
    >
      {children}
    </Cell>
  );
}

/**
 * The record's main link, normally in the first cell. Its hit area covers the whole row
 * while only this one link is in the tab order and read out. Other links or buttons in
 * the row need `relative z-10` to stay clickable above it. A plain <a>: TableBody makes
 * it navigate within the app.
 */
export function TableRowLink({ className, ...props }: Omit<ComponentProps<"a">, "className"> & { href: string; className?: string }) {
  // The `row-link` class (app/globals.css) stretches the hit area and draws the focus ring.
  return <a {...props} className={clsx("row-link", className)} />;
}

function SortIcon({ direction }: { direction?: SortDirection }) {
  return (
    <svg
      viewBox="0 0 16 16"
      fill="none"
      aria-hidden="true"
      className={clsx("size-3.5", direction ? "text-slate-700" : "text-slate-400 group-hover:text-slate-600")}
    >
      {direction === "descending" ? (
        <path d="m4.5 6.5 3.5 3.5 3.5-3.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      ) : direction === "ascending" ? (
        <path d="m4.5 9.5 3.5-3.5 3.5 3.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <path d="m5 6 3-3 3 3M5 10l3 3 3-3" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      )}
    </svg>
  );
}
