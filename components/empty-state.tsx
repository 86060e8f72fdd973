import clsx from "clsx";
import type { ReactNode } from "react";

export type EmptyStateProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Usually a LinkButton to create the first record or to clear filters. */
  action?: ReactNode;
  /** Replaces the default tray icon; pass null for none. */
  icon?: ReactNode;
  /** Level that fits the page outline; h2 by default. */
  headingLevel?: 2 | 3 | 4;
  className?: string;
};

export function EmptyState({ title, description, action, icon, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      className={clsx(
        "flex flex-col items-center rounded-card border border-dashed border-slate-300 bg-white px-6 py-12 text-center",
        className,
      )}
    >
      {icon === undefined ? <TrayIcon /> : icon}
      <Heading className="mt-3 text-sm font-semibold text-slate-900">{title}</Heading>
      {description ? <p className="mt-1 max-w-sm text-sm text-balance text-slate-600">{description}</p> : null}
      {action ? <div className="mt-5 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}

function TrayIcon() {
  return (
    <span className="flex size-11 items-center justify-center rounded-full bg-slate-100 text-slate-500">
      <svg viewBox="0 0 24 24" fill="none" aria-hidden="true" className="size-6">
        <path
          d="M3.75 13.5h4.19a1.5 1.5 0 0 1 1.34.83l.44.89a1.5 1.5 0 0 0 1.34.83h1.88a1.5 1.5 0 0 0 1.34-.83l.44-.89a1.5 1.5 0 0 1 1.34-.83h4.19M3.75 13.5V18a1.5 1.5 0 0 0 1.5 1.5h13.5a1.5 1.5 0 0 0 1.5-1.5v-4.5M3.75 13.5l2.1-7.35A1.5 1.5 0 0 1 7.29 5h9.42a1.5 1.5 0 0 1 1.44 1.15l2.1 7.35"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </span>
  );
}
