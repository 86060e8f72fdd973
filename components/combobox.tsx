"use client";

import clsx from "clsx";
import type { Key, ReactNode } from "react";
import { ComboBox as AriaComboBox, Button, Group, Input } from "react-aria-components";
import { FieldDescription, FieldErrorText, FieldLabel, fieldControlClassName, seedKey, toErrorList } from "./field";
import type { FieldErrors } from "./field";
import { ChevronIcon, OptionsPopover } from "./list-box";
import type { ListOption } from "./list-box";

export type { ListOption as ComboBoxOption } from "./list-box";

export type ComboBoxProps = {
  label: ReactNode;
  /** Form field name. Submits the chosen option's id (or the typed text, see formValue). */
  name: string;
  options: readonly ListOption[];
  /** Shown in the list when the typed text matches nothing. */
  emptyMessage?: ReactNode;
  /** Accessible name of the arrow button (react-aria's own is English by default). */
  buttonLabel?: string;
  placeholder?: string;
  /** Id of the initially chosen option. */
  defaultValue?: string | null;
  value?: string | null;
  onChange?: (value: string | null) => void;
  onInputChange?: (text: string) => void;
  /** Submit the option's id ("key", default) or the text shown in the input ("text"). */
  formValue?: "key" | "text";
  /** Accept free text that matches no option; the text is then what gets submitted. */
  allowsCustomValue?: boolean;
  /** When the list opens: while typing (default), on focus, or only by arrow key / button. */
  menuTrigger?: "input" | "focus" | "manual";
  description?: ReactNode;
  errorMessage?: FieldErrors;
  isInvalid?: boolean;
  isRequired?: boolean;
  isDisabled?: boolean;
  className?: string;
};

export function ComboBox({
  label,
  name,
  options,
  emptyMessage,
  buttonLabel,
  placeholder,
  defaultValue,
  value,
  onChange,
  onInputChange,
  formValue,
  allowsCustomValue,
  menuTrigger,
  description,
  errorMessage,
  isInvalid,
  isRequired,
  isDisabled,
  className,
}: ComboBoxProps) {
  const errors = toErrorList(errorMessage);
  return (
    <AriaComboBox
      key={seedKey({ value, defaultValue })}
      name={name}
      defaultItems={options}
      defaultValue={defaultValue}
      value={value}
      onChange={onChange ? (key: Key | null) => onChange(key === null ? null : String(key)) : undefined}
      onInputChange={onInputChange}
      formValue={formValue}
      allowsCustomValue={allowsCustomValue}
      // Keeps the popover open to say "no matches" instead of silently vanishing.
      allowsEmptyCollection={emptyMessage !== undefined}
      menuTrigger={menuTrigger}
      validationBehavior="aria"
      isInvalid={isInvalid ?? errors.length > 0}
      isRequired={isRequired}
      isDisabled={isDisabled}
      className={clsx("group flex flex-col gap-1.5", className)}
    >
      <FieldLabel isRequired={isRequired}>{label}</FieldLabel>
      <Group className="relative">
        <Input placeholder={placeholder} className={clsx(fieldControlClassName, "h-10 pe-10 sm:h-9")} />
        <Button
          aria-label={buttonLabel}
          className={clsx(
            "absolute inset-y-px end-px flex w-9 items-center justify-center rounded-e-[calc(var(--radius-field)-1px)] outline-none",
            "data-hovered:bg-slate-50 data-pressed:bg-slate-100",
          )}
        >
          <ChevronIcon className="group-data-open:rotate-180 transition-transform" />
        </Button>
      </Group>
      {description ? <FieldDescription>{description}</FieldDescription> : null}
      <FieldErrorText errors={errors} />
      <OptionsPopover options={undefined} emptyMessage={emptyMessage} isNonModal />
    </AriaComboBox>
  );
}
