import clsx from "clsx";
import { useId, type ReactNode } from "react";

// Native radio buttons and checkboxes: they submit with the form before JavaScript loads,
// and the browser gives them their keyboard behaviour (arrows within a group, space).

const controlClassName =
  "mt-0.5 size-4 shrink-0 accent-brand-600 outline-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

export type RadioChoice = { value: string; label: string; description?: string };

export function RadioCards({
  legend,
  name,
  choices,
  defaultValue,
  footnote,
}: {
  legend: string;
  name: string;
  choices: readonly RadioChoice[];
  defaultValue?: string;
  footnote?: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={footnote ? `${id}-note` : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-slate-800">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={clsx(
              "flex cursor-pointer gap-3 rounded-field border border-slate-300 bg-white p-3 text-sm",
              "hover:border-slate-400 has-checked:border-brand-600 has-checked:bg-brand-50/60 has-checked:ring-1 has-checked:ring-brand-600",
            )}
          >
            <input type="radio" name={name} value={choice.value} defaultChecked={choice.value === defaultValue} className={controlClassName} />
            <span className="flex flex-col gap-0.5">
              <span className="font-medium text-slate-900">{choice.label}</span>
              {choice.description ? <span className="text-slate-600">{choice.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {footnote ? (
        <p id={`${id}-note`} className="text-sm text-slate-600">
          {footnote}
        </p>
      ) : null}
    </fieldset>
  );
}

export function CheckboxField({ name, label, description, defaultChecked }: { name: string; label: string; description?: string; defaultChecked?: boolean }) {
  const id = useId();
  return (
    <div className="flex gap-3">
      <input
        id={id}
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        aria-describedby={description ? `${id}-hint` : undefined}
        className={controlClassName}
      />
      <div className="flex flex-col gap-0.5 text-sm">
        <label htmlFor={id} className="font-medium text-slate-800">
          {label}
        </label>
        {description ? (
          <p id={`${id}-hint`} className="text-slate-600">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
