import clsx from "clsx";
import type { ReactNode } from "react";

export type AlertTone = "info" | "success" | "warning" | "danger";

export type AlertProps = {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons or links at the end, e.g. "Reload". */
  action?: ReactNode;
  className?: string;
};

const tones: Record<AlertTone, { box: string; icon: string; path: string }> = {
  info: {
    box: "border-info-200 bg-info-50 text-info-800",
    icon: "text-info-600",
    path: "M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-7-4a1 1 0 1 1-2 0 1 1 0 0 1 2 0ZM9 9a.75.75 0 0 0 0 1.5h.25v3.25a.75.75 0 0 0 1.5 0v-4A.75.75 0 0 0 10 9H9Z",
  },
  success: {
    box: "border-success-200 bg-success-50 text-success-800",
    icon: "text-success-600",
    path: "M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-9.6a.75.75 0 0 0-1.22-.88l-3.24 4.5-1.62-1.62a.75.75 0 1 0-1.06 1.06l2.25 2.25a.75.75 0 0 0 1.14-.09l3.75-5.22Z",
  },
  warning: {
    box: "border-warning-200 bg-warning-50 text-warning-800",
    icon: "text-warning-600",
    path: "M8.49 2.9c.66-1.2 2.36-1.2 3.02 0l6.28 11.4A1.75 1.75 0 0 1 16.28 17H3.72a1.75 1.75 0 0 1-1.51-2.7L8.49 2.9ZM10 6a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 6Zm0 8a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z",
  },
  danger: {
    box: "border-danger-200 bg-danger-50 text-danger-800",
    icon: "text-danger-600",
    path: "M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z",
  },
};

/** A static notice. For messages that must be announced when they appear, use FormError. */
export function Alert({ tone = "info", title, children, action, className }: AlertProps) {
  const style = tones[tone];
  return (
    <div className={clsx("flex items-start gap-3 rounded-card border px-4 py-3 text-sm", style.box, className)}>
      <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className={clsx("mt-px size-5 shrink-0", style.icon)}>
        <path fillRule="evenodd" d={style.path} />
      </svg>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        {title ? <p className="font-medium">{title}</p> : null}
        {children ? <div>{children}</div> : null}
      </div>
      {action ? <div className="flex shrink-0 items-center gap-2">{action}</div> : null}
    </div>
  );
}
