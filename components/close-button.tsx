"use client";

import clsx from "clsx";
import { Button as AriaButton, type ButtonProps } from "react-aria-components";

/** The × that closes a dialog; `label` is its accessible name ("Close"). */
export function CloseButton({ label, className, ...props }: Omit<ButtonProps, "className" | "children"> & { label: string; className?: string }) {
  return (
    <AriaButton
      {...props}
      aria-label={label}
      className={clsx(
        "flex size-10 shrink-0 items-center justify-center rounded-field text-slate-500 outline-none sm:size-8",
        "data-hovered:bg-slate-100 data-hovered:text-slate-800 data-pressed:bg-slate-200",
        "data-focus-visible:outline-2 data-focus-visible:outline-solid data-focus-visible:outline-brand-600",
        className,
      )}
    >
      <svg viewBox="0 0 16 16" fill="none" aria-hidden="true" className="size-4">
        <path d="m4 4 8 8m0-8-8 8" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
      </svg>
    </AriaButton>
  );
}
