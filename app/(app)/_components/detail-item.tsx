import clsx from "clsx";
import type { ReactNode } from "react";

/** One label and its value in a record page's definition list (a two-column grid). */
export function DetailItem({ label, valueClassName, children }: { label: string; valueClassName?: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-slate-500">{label}</dt>
      <dd className={clsx("min-w-0 text-slate-900", valueClassName)}>{children}</dd>
    </div>
  );
}
