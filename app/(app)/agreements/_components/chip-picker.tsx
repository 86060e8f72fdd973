"use client";

import clsx from "clsx";
import { useId, useState, type Key } from "react";
import { Button, ComboBox, Group, Input } from "react-aria-components";
import { FieldDescription, FieldErrorText, FieldLabel, fieldControlClassName, toErrorList, type FieldErrors } from "@/components/field";
import { ChevronIcon, OptionsPopover, type ListOption } from "@/components/list-box";
import { useServerSearch } from "@/components/use-server-search";

export type ChipPickerProps = {
  label: string;
  chosen: readonly ListOption[];
  onChange: (chosen: ListOption[]) => void;
  /** Options for the typed text: a server search (partners) or a static list filtered here. */
  search: ((text: string) => Promise<ListOption[]>) | readonly ListOption[];
  placeholder: string;
  emptyMessage: string;
  buttonLabel: string;
  removeLabel: (name: string) => string;
  description?: string;
  errorMessage?: FieldErrors;
  isRequired?: boolean;
};

/**
 * Several choices from a searchable list, all by keyboard: type, arrow to an option, Enter
 * adds it as a chip (the text clears for the next one); each chip has its own remove button.
 */
export function ChipPicker({ label, chosen, onChange, search, placeholder, emptyMessage, buttonLabel, removeLabel, description, errorMessage, isRequired }: ChipPickerProps) {
  const [text, setText] = useState("");
  // Right after a choice the list stays shut (react-aria would reopen it on the cleared text)
  // until the person types, presses an arrow key or the button again.
  const [isResting, setResting] = useState(false);
  const chipsId = useId();
  const errors = toErrorList(errorMessage);

  const found = useServerSearch(text, typeof search === "function" ? search : null);

  const needle = text.trim().toLowerCase();
  // A server search has matched already, on more than it shows (a partner's acronym): its
  // answer is taken as it is; a static list is filtered here.
  const isServerSearch = typeof search === "function";
  const pool = isServerSearch ? found : search;
  const matches = (option: ListOption) => isServerSearch || !needle || `${option.id} ${option.label} ${option.description ?? ""}`.toLowerCase().includes(needle);
  const shown = isResting ? [] : pool.filter((option) => !chosen.some((c) => c.id === option.id) && matches(option));

  return (
    <div className="flex flex-col gap-1.5">
      <ComboBox
        items={shown.slice(0, 50)}
        selectedKey={null}
        onSelectionChange={(key: Key | null) => {
          const option = shown.find((item) => item.id === key);
          if (option) onChange([...chosen, option]);
          setResting(true);
          setText("");
        }}
        inputValue={text}
        onInputChange={setText}
        allowsEmptyCollection={!isResting}
        menuTrigger="focus"
        isInvalid={errors.length > 0}
        isRequired={isRequired}
        validationBehavior="aria"
        aria-describedby={chosen.length ? chipsId : undefined}
        className="group flex flex-col gap-1.5"
      >
        <FieldLabel isRequired={isRequired}>{label}</FieldLabel>
        <Group className="relative">
          <Input
            placeholder={placeholder}
            onKeyDown={(event) => {
              if (!["Enter", "Escape", "Tab", "Shift"].includes(event.key)) setResting(false);
            }}
            className={clsx(fieldControlClassName, "h-10 pe-10 sm:h-9")}
          />
          <Button
            aria-label={buttonLabel}
            onPressStart={() => setResting(false)}
            className="absolute inset-y-px end-px flex w-9 items-center justify-center rounded-e-[calc(var(--radius-field)-1px)] outline-none data-hovered:bg-slate-50 data-pressed:bg-slate-100"
          >
            <ChevronIcon className="transition-transform group-data-open:rotate-180" />
          </Button>
        </Group>
        {description ? <FieldDescription>{description}</FieldDescription> : null}
        <FieldErrorText errors={errors} />
        <OptionsPopover emptyMessage={emptyMessage} isNonModal />
      </ComboBox>
      {chosen.length ? (
        <ul id={chipsId} aria-label={label} className="flex flex-wrap gap-1.5">
          {chosen.map((option) => (
            <li key={option.id} className="inline-flex max-w-full items-center gap-1 rounded-full bg-brand-50 py-0.5 ps-2.5 pe-0.5 text-sm text-brand-800 ring-1 ring-brand-200 ring-inset">
              <span className="min-w-0 [overflow-wrap:anywhere]">{option.label}</span>
              <button
                type="button"
                aria-label={removeLabel(option.label)}
                onClick={() => onChange(chosen.filter((c) => c.id !== option.id))}
                className="flex size-7 shrink-0 items-center justify-center rounded-full outline-none hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                <svg viewBox="0 0 16 16" aria-hidden="true" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2">
                  <path d="m4 4 8 8M12 4l-8 8" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
