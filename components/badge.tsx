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

// One element styled by the `badge` classes (app/globals.css): lists show a badge or two in
// every row, and each one's look is written once there instead of in every row's markup.
export function Badge({ tone = "neutral", hasDot = false, className, children }: BadgeProps) {
  return <span className={clsx("badge", `badge-${tone}`, hasDot && "badge-dot", className)}>{children}</span>;
}
