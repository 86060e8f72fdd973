"use client";

import clsx from "clsx";
import type { Key, ReactNode } from "react";
import { Button, Select as AriaSelect, SelectValue } from "react-aria-components";
import { FieldDescription, FieldErrorText, FieldLabel, fieldControlClassName, seedKey, toErrorList } from "./field";
import type { FieldErrors } from "./field";
import { ChevronIcon, OptionsPopover } from "./list-box";
import type { ListOption } from "./list-box";

export type { ListOption as SelectOption } from "./list-box";

export type SelectProps = {
  label: ReactNode;
  /** Submitted with the chosen option's id through a hidden native <select>. */
  name: string;
  options: readonly ListOption[];
  /** Shown while nothing is chosen; required so react-aria's own English default never shows. */
  placeholder: string;
  defaultValue?: string | null;
  value?: string | null;
  onChange?: (value: string | null) => void;
  description?: ReactNode;
  errorMessage?: FieldErrors;
  isInvalid?: boolean;
  isRequired?: boolean;
  isDisabled?: boolean;
  autoComplete?: string;
  className?: string;
};

export function Select({
  label,
  name,
  options,
  placeholder,
  defaultValue,
  value,
  onChange,
  description,
  errorMessage,
  isInvalid,
  isRequired,
  isDisabled,
  autoComplete,
  className,
}: SelectProps) {
  const errors = toErrorList(errorMessage);
  return (
    <AriaSelect
      key={seedKey({ value, defaultValue })}
      name={name}
      placeholder={placeholder}
      defaultValue={defaultValue}
      value={value}
      onChange={onChange ? (key: Key | null) => onChange(key === null ? null : String(key)) : undefined}
      validationBehavior="aria"
      isInvalid={isInvalid ?? errors.length > 0}
      isRequired={isRequired}
      isDisabled={isDisabled}
      autoComplete={autoComplete}
      className={clsx("group flex flex-col gap-1.5", className)}
    >
      <FieldLabel isRequired={isRequired}>{label}</FieldLabel>
      <Button
        className={clsx(
          fieldControlClassName,
          "flex h-10 items-center gap-2 text-start sm:h-9",
          // The trigger is a button, so focus is shown the react-aria way.
          "data-focus-visible:border-brand-600 data-focus-visible:ring-1 data-focus-visible:ring-brand-600",
          "data-pressed:bg-slate-50 group-data-invalid:border-danger-600",
        )}
      >
        <SelectValue className="min-w-0 flex-1 truncate data-placeholder:text-slate-500">
          {/* Just the label: the default would repeat the option's description and check mark. */}
          {({ isPlaceholder, selectedText, defaultChildren }) => (isPlaceholder ? defaultChildren : selectedText)}
        </SelectValue>
        <ChevronIcon />
      </Button>
      {description ? <FieldDescription>{description}</FieldDescription> : null}
      <FieldErrorText errors={errors} />
      <OptionsPopover options={options} />
    </AriaSelect>
  );
}
