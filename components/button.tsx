"use client";

import clsx from "clsx";
import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button as AriaButton, ProgressBar } from "react-aria-components";
import type { ButtonProps as AriaButtonProps } from "react-aria-components";
import { buttonClassName } from "./button-styles";
import type { ButtonSize, ButtonVariant } from "./button-styles";

export type { ButtonSize, ButtonVariant } from "./button-styles";

type StyleProps = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Square button for a lone icon; give it an aria-label. */
  isIconOnly?: boolean;
  className?: string;
};

export type ButtonProps = Omit<AriaButtonProps, "className" | "children" | "style"> &
  StyleProps & {
    children?: ReactNode;
    /** Spoken while isPending (e.g. "Saving…"); the spinner is silent without it. */
    pendingLabel?: string;
  };

export function Button({
  variant,
  size,
  isIconOnly,
  className,
  children,
  pendingLabel,
  isPending,
  ...props
}: ButtonProps) {
  return (
    <AriaButton
      {...props}
      isPending={isPending}
      className={buttonClassName({ variant, size, isIconOnly, className })}
    >
      {/* The label stays (transparent, still in the accessible name) so the button keeps its width. */}
      <span className={clsx("inline-flex items-center gap-2", isPending && "opacity-0")}>{children}</span>
      {isPending ? <Spinner label={pendingLabel} /> : null}
    </AriaButton>
  );
}

function Spinner({ label }: { label?: string }) {
  const icon = (
    <svg viewBox="0 0 24 24" fill="none" className="size-4 animate-spin-slow" aria-hidden="true">
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
      <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
  const centred = "absolute inset-0 flex items-center justify-center";
  // A labelled ProgressBar is what react-aria's Button announces when it becomes pending.
  return label ? (
    <ProgressBar isIndeterminate aria-label={label} className={centred}>
      {icon}
    </ProgressBar>
  ) : (
    <span className={centred}>{icon}</span>
  );
}

export type SubmitButtonProps = Omit<ButtonProps, "type" | "isPending">;

/**
 * A submit button that shows itself pending while its enclosing <form action> runs, so
 * forms need no extra state for it. Must be rendered inside the <form>.
 */
export function SubmitButton(props: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return <Button {...props} type="submit" isPending={pending} />;
}

export type LinkButtonProps = Omit<ComponentProps<typeof Link>, "className"> & StyleProps;

/** A next/link that looks like a Button: for navigation, never for actions. */
export function LinkButton({ variant, size, isIconOnly, className, ...props }: LinkButtonProps) {
  return <Link {...props} className={buttonClassName({ variant, size, isIconOnly, className })} />;
}
