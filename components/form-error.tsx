import type { ReactNode } from "react";
import { Alert } from "./alert";

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
 * inserted after a failed submit; it renders nothing (and takes no space) otherwise.
 */
export function FormError({ message, children, title, id, className }: FormErrorProps) {
  const text = message ?? children;
  if (!text) return null;
  return (
    <div role="alert" id={id} className={className}>
      <Alert tone="danger" title={title}>
        {text}
      </Alert>
    </div>
  );
}
