import clsx from "clsx";
import type { ReactNode } from "react";

export type NativeSelectOption = { value: string; label: string };

export type NativeSelectProps = {
  label: ReactNode;
  name: string;
  options: readonly NativeSelectOption[];
  defaultValue?: string;
  className?: string;
};

/**
 * A browser <select>, for filter bars in GET forms: it submits with the form before any
 * JavaScript loads, and an empty value ("all") is simply left out of the URL.
 */
export function NativeSelect({ label, name, options, defaultValue, className }: NativeSelectProps) {
  const id = `filter-${name}`;
  return (
    <div className={clsx("flex min-w-0 flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        className={clsx(
          "h-10 w-full min-w-0 appearance-none rounded-field border border-slate-300 bg-white bg-no-repeat pe-9 ps-3 text-base text-slate-900 shadow-xs sm:h-9 sm:text-sm",
          "bg-[length:1rem] bg-[position:right_0.6rem_center] hover:border-slate-400",
          "bg-[url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='%2364748b' stroke-width='1.5'%3E%3Cpath d='m4 6 4 4 4-4'/%3E%3C/svg%3E\")]",
          "outline-none focus-visible:border-brand-600 focus-visible:ring-1 focus-visible:ring-brand-600",
        )}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
