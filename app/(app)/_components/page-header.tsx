import type { ReactNode } from "react";

/**
 * A page's title, its description and what can be done there. `primary` (the page's main
 * action, e.g. "New partner") comes first on a phone, where the actions wrap under the
 * title, and last on wider screens, at the end of the row.
 */
export function PageHeader({ title, description, actions, primary }: { title: string; description?: string; actions?: ReactNode; primary?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {description ? <p className="mt-1 max-w-3xl text-sm text-slate-600">{description}</p> : null}
      </div>
      {actions || primary ? (
        <div className="flex flex-wrap gap-2 sm:shrink-0 sm:justify-end">
          {primary ? <div className="order-first flex w-full sm:order-last sm:w-auto">{primary}</div> : null}
          {actions}
        </div>
      ) : null}
    </div>
  );
}
