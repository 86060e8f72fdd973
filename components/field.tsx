"use client";

import clsx from "clsx";
import type { ReactNode } from "react";
import {
  TextField as AriaTextField,
  FieldError,
  Input,
  Label,
  TextArea as AriaTextArea,
  Text,
} from "react-aria-components";
import type { TextFieldProps as AriaTextFieldProps } from "react-aria-components";

/** What a server action returns per field: zod's flattened `string[]`, or one message. */
export type FieldErrors = string | readonly string[] | null | undefined;

export function toErrorList(errors: FieldErrors): readonly string[] {
  if (!errors) return [];
  return typeof errors === "string" ? [errors] : errors.filter((e) => e.length > 0);
}

/** Shared by every field so labels, hints and errors look and behave the same. */
export function FieldLabel({ children, isRequired }: { children: ReactNode; isRequired?: boolean }) {
  return (
    <Label className="text-sm font-medium text-slate-800">
      {children}
      {/* Screen readers already hear "required" from aria-required; the star is for eyes. */}
      {isRequired ? (
        <span aria-hidden="true" className="ms-0.5 text-danger-600">
          *
        </span>
      ) : null}
    </Label>
  );
}

export function FieldDescription({ children }: { children: ReactNode }) {
  return (
    <Text slot="description" className="text-sm text-slate-600">
      {children}
    </Text>
  );
}

/**
 * react-aria's FieldError renders only while the field is invalid and is already wired
 * to the input through aria-describedby.
 */
export function FieldErrorText({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <FieldError className="flex items-start gap-1.5 text-sm text-danger-700">
      <svg viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" className="mt-0.5 size-4 shrink-0">
        <path
          fillRule="evenodd"
          d="M8 15A7 7 0 1 0 8 1a7 7 0 0 0 0 14Zm0-10.5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 8 4.5Zm0 7.25a.9.9 0 1 0 0-1.8.9.9 0 0 0 0 1.8Z"
        />
      </svg>
      <span className="flex flex-col gap-0.5">
        {errors.map((error, index) => (
          <span key={`${index}:${error}`}>{error}</span>
        ))}
      </span>
    </FieldError>
  );
}

// 16px text on phones stops iOS from zooming into the field; 40px height is a finger target.
export const fieldControlClassName = clsx(
  "w-full min-w-0 rounded-field border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-xs",
  "transition-[border-color,box-shadow] duration-100 outline-none placeholder:text-slate-500 sm:text-sm",
  "hover:border-slate-400",
  "data-focused:border-brand-600 data-focused:ring-1 data-focused:ring-brand-600 data-focused:outline-hidden",
  "data-invalid:border-danger-600 data-invalid:data-focused:ring-danger-600",
  "data-disabled:cursor-not-allowed data-disabled:bg-slate-50 data-disabled:text-slate-500",
  // An attribute selector, not :read-only, which also matches the Select trigger button.
  "[&[readonly]]:bg-slate-50",
);

type FieldBaseProps = {
  label: ReactNode;
  /** Form field name: the key the value is submitted under. */
  name: string;
  description?: ReactNode;
  /** Server-side message(s); the field is marked invalid when there are any. */
  errorMessage?: FieldErrors;
  placeholder?: string;
  className?: string;
};

type AriaFieldProps = Omit<
  AriaTextFieldProps,
  "className" | "style" | "children" | "render" | "name" | "validate" | "validationBehavior" | "type"
>;

export type TextFieldProps = AriaFieldProps &
  FieldBaseProps & {
    type?: "text" | "email" | "password" | "search" | "tel" | "url";
  };

export type TextAreaProps = AriaFieldProps & FieldBaseProps & { rows?: number };

export function TextField({ label, description, errorMessage, placeholder, className, ...props }: TextFieldProps) {
  const errors = toErrorList(errorMessage);
  return (
    <AriaTextField {...props} {...fieldRootProps(props, errors, className)} key={seedKey(props)}>
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      <Input placeholder={placeholder} className={clsx(fieldControlClassName, "h-10 sm:h-9")} />
      {description ? <FieldDescription>{description}</FieldDescription> : null}
      <FieldErrorText errors={errors} />
    </AriaTextField>
  );
}

export function TextArea({ label, description, errorMessage, placeholder, className, rows = 4, ...props }: TextAreaProps) {
  const errors = toErrorList(errorMessage);
  return (
    <AriaTextField {...props} {...fieldRootProps(props, errors, className)} key={seedKey(props)}>
      <FieldLabel isRequired={props.isRequired}>{label}</FieldLabel>
      <AriaTextArea
        rows={rows}
        placeholder={placeholder}
        className={clsx(fieldControlClassName, "min-h-20 resize-y py-2 leading-6 sm:leading-5")}
      />
      {description ? <FieldDescription>{description}</FieldDescription> : null}
      <FieldErrorText errors={errors} />
    </AriaTextField>
  );
}

/**
 * A server action re-renders the form with the submitted values as defaultValue, but
 * react-aria reads defaultValue only on mount (and React 19 resets the form after the
 * action); keying the field on it remounts the field so the echoed values appear.
 */
export function seedKey(props: { value?: unknown; defaultValue?: unknown }): string | undefined {
  return props.value === undefined ? String(props.defaultValue ?? "") : undefined;
}

function fieldRootProps(
  props: { isInvalid?: boolean },
  errors: readonly string[],
  className: string | undefined,
) {
  return {
    // "aria": errors come from the server in the user's language; native validation would
    // block resubmitting a field the server flagged, and speak the browser's language.
    validationBehavior: "aria" as const,
    isInvalid: props.isInvalid ?? errors.length > 0,
    className: clsx("flex flex-col gap-1.5", className),
  };
}
