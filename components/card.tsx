import clsx from "clsx";
import { useId } from "react";
import type { ReactNode } from "react";

export type CardProps = {
  /** Section heading; the section is named by it for screen-reader landmarks. */
  title?: ReactNode;
  description?: ReactNode;
  /** Buttons or links at the heading's end, e.g. "Edit". */
  actions?: ReactNode;
  /** Heading level that fits the page outline; h2 by default. */
  headingLevel?: 2 | 3 | 4;
  footer?: ReactNode;
  /** "none" for content that brings its own padding, such as a table or a list. */
  padding?: "default" | "none";
  className?: string;
  children?: ReactNode;
};

export function Card({
  title,
  description,
  actions,
  headingLevel = 2,
  footer,
  padding = "default",
  className,
  children,
}: CardProps) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const hasHeader = title !== undefined || actions !== undefined;
  return (
    <section
      aria-labelledby={title !== undefined ? headingId : undefined}
      className={clsx("overflow-hidden rounded-card bg-white shadow-card", className)}
    >
      {hasHeader ? (
        <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 border-b border-slate-100 px-4 py-3 sm:px-5">
          <div className="flex min-w-0 flex-col gap-0.5">
            {title !== undefined ? (
              <Heading id={headingId} className="text-sm font-semibold text-slate-900">
                {title}
              </Heading>
            ) : null}
            {description ? <p className="text-sm text-slate-600">{description}</p> : null}
          </div>
          {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
        </header>
      ) : null}
      {children !== undefined ? (
        <div className={clsx(padding === "default" && "px-4 py-4 sm:px-5")}>{children}</div>
      ) : null}
      {footer ? (
        <footer className="border-t border-slate-100 bg-slate-50/60 px-4 py-3 text-sm text-slate-600 sm:px-5">{footer}</footer>
      ) : null}
    </section>
  );
}
