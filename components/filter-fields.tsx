import clsx from "clsx";
import type { ReactNode } from "react";

// The browser's own form controls, for lists' GET filter forms: they submit with the form
// before any JavaScript loads, an empty value ("all") is simply left out of the URL, and the
// server renders them for every list view far more cheaply than react-aria's fields (bench/).

export const filterControlClassName = clsx(
  "h-10 w-full min-w-0 rounded-field border border-slate-300 bg-white text-base text-slate-900 shadow-xs sm:h-9 sm:text-sm",
  "outline-none hover:border-slate-400 focus-visible:border-brand-600 focus-visible:ring-1 focus-visible:ring-brand-600",
);

export type NativeSelectOption = { value: string; label: string };

export type NativeSelectProps = {
  label: ReactNode;
  name: string;
  options: readonly NativeSelectOption[];
  defaultValue?: string;
  className?: string;
};

/** A filter's label over its control (`id` is the control's), with an optional hint between them (`${id}-hint`). */
export function FilterField({ id, label, hint, className, children }: { id: string; label: ReactNode; hint?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={clsx("flex min-w-0 flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="-mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/**
 * The list's search box. What it searches is a hint above it, not a placeholder: a placeholder
 * was cut off beside "Apply" on a phone and is gone once someone types.
 */
type SearchFieldProps = { label: ReactNode; name: string; defaultValue?: string; hint: ReactNode; maxLength?: number; className?: string };

export function SearchField({ label, name, defaultValue, hint, maxLength, className }: SearchFieldProps) {
  const id = `filter-${name}`;
  return (
    <FilterField id={id} label={label} hint={hint} className={className}>
      <input id={id} name={name} type="search" defaultValue={defaultValue} maxLength={maxLength} aria-describedby={`${id}-hint`} className={clsx(filterControlClassName, "px-3")} />
    </FilterField>
  );
}

export function NativeSelect({ label, name, options, defaultValue, className }: NativeSelectProps) {
  const id = `filter-${name}`;
  return (
    <FilterField id={id} label={label} className={className}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        className={clsx(filterControlClassName, "select-chevron appearance-none pe-9 ps-3")}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}
