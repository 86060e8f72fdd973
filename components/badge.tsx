import clsx from "clsx";
import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "brand" | "success" | "warning" | "danger" | "info";

export type BadgeProps = {
  tone?: BadgeTone;
  /** A coloured dot before the text, for statuses; the text alone carries the meaning. */
  hasDot?: boolean;
  className?: string;
  children: ReactNode;
};

// Text colours are the 700/800 shades so each badge stays above 4.5:1 on its tint.
const tones: Record<BadgeTone, { badge: string; dot: string }> = {
  neutral: { badge: "bg-slate-100 text-slate-700 ring-slate-200", dot: "bg-slate-400" },
  brand: { badge: "bg-brand-50 text-brand-800 ring-brand-200", dot: "bg-brand-500" },
  success: { badge: "bg-success-50 text-success-800 ring-success-200", dot: "bg-success-500" },
  warning: { badge: "bg-warning-50 text-warning-800 ring-warning-200", dot: "bg-warning-500" },
  danger: { badge: "bg-danger-50 text-danger-800 ring-danger-200", dot: "bg-danger-500" },
  info: { badge: "bg-info-50 text-info-800 ring-info-200", dot: "bg-info-500" },
};

export function Badge({ tone = "neutral", hasDot = false, className, children }: BadgeProps) {
  const style = tones[tone];
  return (
    <span
      className={clsx(
        "inline-flex max-w-full items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        style.badge,
        className,
      )}
    >
      {hasDot ? <span aria-hidden="true" className={clsx("size-1.5 shrink-0 rounded-full", style.dot)} /> : null}
      <span className="truncate">{children}</span>
    </span>
  );
}
