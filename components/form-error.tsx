"use client";

import clsx from "clsx";
import type { ReactNode } from "react";
import { Alert } from "./alert";
import { useFocusOnRefusal } from "./use-focus-on-refusal";

export type FormErrorProps = {
  /** The form-level message from the action, e.g. "Your session expired"; nothing renders without it. */
  message?: ReactNode;
  /** Same as message, for `<FormError>{text}</FormError>`. */
  children?: ReactNode;
  /** Optional heading above the message, e.g. "Could not save the partner". */
  title?: ReactNode;
  id?: string;
  className?: string;
};

/**
 * Form-level error banner. role="alert" makes screen readers announce it as soon as it is
 * inserted after a failed submit, and it takes focus then (see useFocusOnRefusal); it renders
 * nothing (and takes no space) otherwise.
 */
export function FormError({ message, children, title, id, className }: FormErrorProps) {
  const text = message ?? children;
  const focus = useFocusOnRefusal<HTMLDivElement>(Boolean(text));
  if (!text) return null;
  return (
    <div role="alert" id={id} {...focus} className={clsx(focus.className, className)}>
      <Alert tone="danger" title={title}>
        {text}
      </Alert>
    </div>
  );
}
