"use client";

import clsx from "clsx";
import { useId, type ChangeEvent, type ReactNode } from "react";

// Native inputs for the agreement form where react-aria has no fitting field (dates) or where
// many small controlled fields sit in one row (mobility terms). Each has its label, an
// optional hint and its error, wired with aria-describedby and aria-invalid.

const controlClassName = clsx(
  "h-10 w-full min-w-0 rounded-field border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-xs outline-none sm:h-9 sm:text-sm",
  "hover:border-slate-400 focus:border-brand-600 focus:ring-1 focus:ring-brand-600",
  "aria-invalid:border-danger-600 aria-invalid:focus:ring-danger-600",
);

type Common = { label: string; hint?: ReactNode; error?: readonly string[] | string; className?: string; isRequired?: boolean };

function useDescribed(hint: ReactNode, error: Common["error"]) {
  const id = useId();
  const errors = !error ? [] : typeof error === "string" ? [error] : error;
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, errors, describedBy };
}

function Wrapper({ id, label, hint, errors, className, isRequired, children }: { id: string; errors: readonly string[] } & Common & { children: ReactNode }) {
  return (
    <div className={clsx("flex min-w-0 flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
        {isRequired ? (
          <span aria-hidden="true" className="ms-0.5 text-danger-600">
            *
          </span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p id={`${id}-error`} className="text-sm text-danger-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A date (the browser's picker and keyboard entry), submitted as YYYY-MM-DD. Uncontrolled. */
export function DateInput({ name, defaultValue, min, max, ...common }: Common & { name: string; defaultValue?: string; min?: string; max?: string }) {
  const { id, errors, describedBy } = useDescribed(common.hint, common.error);
  return (
    <Wrapper id={id} errors={errors} {...common}>
      {/* Keyed on the value: after a failed save the typed value comes back as the default. */}
      <input
        key={defaultValue ?? ""}
        id={id}
        type="date"
        name={name}
        defaultValue={defaultValue}
        min={min}
        max={max}
        aria-describedby={describedBy}
        aria-invalid={errors.length ? true : undefined}
        className={controlClassName}
      />
    </Wrapper>
  );
}

/** A controlled text or number input (mobility-term rows). */
export function RowInput({
  value,
  onChange,
  inputMode,
  ...common
}: Common & { value: string; onChange: (value: string) => void; inputMode?: "numeric" | "decimal" | "text" }) {
  const { id, errors, describedBy } = useDescribed(common.hint, common.error);
  return (
    <Wrapper id={id} errors={errors} {...common}>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={errors.length ? true : undefined}
        aria-required={common.isRequired || undefined}
        className={controlClassName}
      />
    </Wrapper>
  );
}

/** A controlled native select (mobility-term rows). */
export function RowSelect({
  value,
  onChange,
  options,
  ...common
}: Common & { value: string; onChange: (value: string) => void; options: readonly { value: string; label: string }[] }) {
  const { id, errors, describedBy } = useDescribed(common.hint, common.error);
  return (
    <Wrapper id={id} errors={errors} {...common}>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={errors.length ? true : undefined}
        className={clsx(controlClassName, "pe-8")}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}
