import clsx from "clsx";
import { useId } from "react";

/**
 * A native date input (the browser's own picker and keyboard entry), styled like the
 * other fields. Submits YYYY-MM-DD.
 */
export function DateField({ label, name, defaultValue, className }: { label: string; name: string; defaultValue?: string; className?: string }) {
  const id = useId();
  return (
    <div className={clsx("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="date"
        name={name}
        defaultValue={defaultValue}
        className={clsx(
          "h-10 w-full min-w-0 rounded-field border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-xs outline-none sm:h-9 sm:text-sm",
          "hover:border-slate-400 focus:border-brand-600 focus:ring-1 focus:ring-brand-600",
        )}
      />
    </div>
  );
}
