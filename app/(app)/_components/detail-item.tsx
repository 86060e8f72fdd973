import clsx from "clsx";
import type { ReactNode } from "react";

/**
 * A record page's definition list of DetailItems: on phones each label sits above its value,
 * which then has the card's whole width (beside it, a long link or note was squeezed into a
 * third of 360 px); from `sm` labels and values are two columns.
 */
export function DetailList({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <dl
      className={clsx(
        // The gap after each value but the last keeps it with its own label when stacked.
        "grid grid-cols-1 gap-y-1 text-sm sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)] sm:gap-x-6 sm:gap-y-3",
        "max-sm:[&>div:not(:last-child)>dd]:mb-2",
        className,
      )}
    >
      {children}
    </dl>
  );
}

/** One label and its value in a record page's definition list (a two-column grid). */
export function DetailItem({ label, valueClassName, children }: { label: string; valueClassName?: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-slate-500">{label}</dt>
      <dd className={clsx("min-w-0 text-slate-900", valueClassName)}>{children}</dd>
    </div>
  );
}
