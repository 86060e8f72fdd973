import type { ReactNode } from "react";

/**
 * A page's title, its description and what can be done there. On a phone they stack: title,
 * description, then the actions, `primary` (the page's main action, e.g. "New partner") first.
 * On wider screens the actions sit at the end of the title's row, `primary` last, and wrap
 * rather than squeeze the title; the description runs under both at its own width, so five
 * buttons no longer fold it into a column a few words wide.
 */
export function PageHeader({ title, description, actions, primary }: { title: string; description?: string; actions?: ReactNode; primary?: ReactNode }) {
  return (
    <div className="mb-6 grid gap-x-6 gap-y-1 sm:grid-cols-[minmax(12rem,1fr)_minmax(0,auto)]">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:col-start-1 sm:row-start-1">{title}</h1>
      {description ? <p className="max-w-3xl text-sm text-slate-600 sm:col-span-2 sm:row-start-2">{description}</p> : null}
      {actions || primary ? (
        <div className="mt-2 flex flex-wrap gap-2 sm:col-start-2 sm:row-start-1 sm:mt-0 sm:justify-end">
          {primary ? <div className="order-first flex w-full sm:order-last sm:w-auto">{primary}</div> : null}
          {actions}
        </div>
      ) : null}
    </div>
  );
}
