"use client";

import clsx from "clsx";
import { useCallback, useContext, useMemo, useState } from "react";
import type { Key, ReactNode } from "react";
import { ComboBox as AriaComboBox, Button, ComboBoxStateContext, Group, Input } from "react-aria-components";
import { FieldDescription, FieldErrorText, FieldLabel, fieldControlClassName, seedKey, toErrorList } from "./field";
import type { FieldErrors } from "./field";
import { ChevronIcon, OptionsPopover } from "./list-box";
import type { ListOption } from "./list-box";
import { findTypedOption, isFoundBy, orderByFit } from "./option-search";

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
  // The text the list is ordered for: what is typed, or nothing while the list shows every
  // option (opened by the button or an arrow key), so that it shows them in their own order.
  const [orderedFor, setOrderedFor] = useState("");
  const items = useMemo(() => orderByFit(options, orderedFor), [options, orderedFor]);
  // react-aria's filter sees only an item's text, its label: the item stays if an option of
  // that label is found by the typed text (by a code or another name too).
  const filter = useCallback(
    (textValue: string, inputValue: string) => options.some((option) => option.label === textValue && isFoundBy(option, inputValue)),
    [options],
  );
  return (
    <AriaComboBox
      key={seedKey({ value, defaultValue })}
      name={name}
      defaultItems={items}
      defaultFilter={filter}
      defaultValue={defaultValue}
      value={value}
      onChange={onChange ? (key: Key | null) => onChange(key === null ? null : String(key)) : undefined}
      onInputChange={(text) => {
        setOrderedFor(text);
        onInputChange?.(text);
      }}
      onOpenChange={(isOpen, trigger) => {
        if (isOpen && trigger !== "input") setOrderedFor("");
      }}
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
        <TypedChoiceInput options={options} allowsCustomValue={allowsCustomValue} placeholder={placeholder} />
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

/**
 * The combobox's text box. Leaving it (Tab, a click elsewhere) or pressing Enter with no option
 * highlighted makes react-aria put back the last choice, which would drop a country typed out in
 * full: here the typed text first chooses the option it stands for. Free text (allowsCustomValue)
 * stays as typed, as it is the value itself.
 */
function TypedChoiceInput({ options, allowsCustomValue, placeholder }: { options: readonly ListOption[]; allowsCustomValue?: boolean; placeholder?: string }) {
  const state = useContext(ComboBoxStateContext);
  const chooseTypedOption = () => {
    if (!state || allowsCustomValue) return;
    const option = findTypedOption(options, state.inputValue);
    if (option && option.id !== state.value) state.setValue(option.id);
  };
  return (
    <Input
      placeholder={placeholder}
      onKeyDown={(event) => {
        // A highlighted option is react-aria's to choose.
        const isOptionHighlighted = state?.isOpen && state.selectionManager.focusedKey !== null;
        if ((event.key === "Enter" || event.key === "Tab") && !isOptionHighlighted) chooseTypedOption();
      }}
      // Tab reaches here with the text already put back when the list was open: hence the keys too.
      onBlur={chooseTypedOption}
      className={clsx(fieldControlClassName, "h-10 pe-10 sm:h-9")}
    />
  );
}
