"use client";

import clsx from "clsx";
import { useState, type Key } from "react";
import { Button, ComboBox, Group, Input } from "react-aria-components";
import { FieldLabel, fieldControlClassName } from "@/components/field";
import { FilterField, filterControlClassName } from "@/components/filter-fields";
import { ChevronIcon, OptionsPopover, type ListOption } from "@/components/list-box";
import { useIsInteractive } from "@/components/use-is-interactive";
import { useServerSearch } from "@/components/use-server-search";

export type LookupFilterProps = {
  /** The URL parameter: the chosen option's id is submitted under it. */
  name: string;
  label: string;
  placeholder: string;
  emptyMessage: string;
  buttonLabel: string;
  /** The choice in the URL now, or null. */
  initial: ListOption | null;
  /** A server action: the options matching the typed text (it checks the caller itself). */
  find: (text: string) => Promise<ListOption[]>;
};

/**
 * A filter over more records than a <select> can hold (thousands of users or partners): a
 * combobox that asks the server for matches as the person types, in a list's GET form. The
 * server renders only a read-only box showing the current choice, with its value hidden
 * beside it: the filter keeps its choice without JavaScript (choosing needs it), and a list
 * view costs almost nothing. The combobox takes its place once the page is interactive, and
 * asks the server nothing until its list is first opened.
 */
export function LookupFilter(props: LookupFilterProps) {
  const isInteractive = useIsInteractive();
  // Keyed on the choice: a link that changes the list's URL without reloading the page brings
  // a new choice, which must replace what the combobox holds.
  if (isInteractive) return <LookupCombobox key={props.initial?.id ?? ""} {...props} />;
  const id = `filter-${props.name}`;
  return (
    <FilterField id={id} label={props.label}>
      {/* Drawn like the combobox (its arrow included), so nothing moves when it takes over. */}
      <div className="relative">
        <input id={id} readOnly value={props.initial?.label ?? ""} placeholder={props.placeholder} className={clsx(filterControlClassName, "pe-10 ps-3")} />
        <span className="pointer-events-none absolute inset-y-px end-px flex w-9 items-center justify-center">
          <ChevronIcon />
        </span>
      </div>
      {props.initial ? <input type="hidden" name={props.name} value={props.initial.id} /> : null}
    </FilterField>
  );
}

function LookupCombobox({ name, label, placeholder, emptyMessage, buttonLabel, initial, find }: LookupFilterProps) {
  const [selected, setSelected] = useState<string | null>(initial?.id ?? null);
  const [text, setText] = useState(initial?.label ?? "");
  const [isAsked, setAsked] = useState(false);
  const items = useServerSearch(text, isAsked ? find : null, initial ? [initial] : []);

  // Until the server answers, the last answer narrowed to what is typed: no stale choice
  // stays under the cursor while the request is on its way.
  const needle = text.trim().toLowerCase();
  const isChosenText = selected !== null && items.some((item) => item.id === selected && item.label === text);
  const shown = needle && !isChosenText ? items.filter((item) => `${item.label} ${item.description ?? ""}`.toLowerCase().includes(needle)) : items;

  return (
    <ComboBox
      name={name}
      formValue="key"
      items={shown}
      value={selected}
      onChange={(key: Key | null) => {
        setSelected(key === null ? null : String(key));
        // Both the value and the text are controlled, so the text follows the choice here.
        const chosen = items.find((item) => item.id === key);
        if (chosen) setText(chosen.label);
      }}
      inputValue={text}
      onInputChange={(value) => {
        setText(value);
        if (value === "") setSelected(null);
      }}
      onOpenChange={(isOpen) => {
        if (isOpen) setAsked(true);
      }}
      allowsEmptyCollection
      menuTrigger="focus"
      className="group flex flex-col gap-1.5"
    >
      <FieldLabel>{label}</FieldLabel>
      <Group className="relative">
        <Input placeholder={placeholder} className={clsx(fieldControlClassName, "h-10 pe-10 sm:h-9")} />
        <Button
          aria-label={buttonLabel}
          className="absolute inset-y-px end-px flex w-9 items-center justify-center rounded-e-[calc(var(--radius-field)-1px)] outline-none data-hovered:bg-slate-50 data-pressed:bg-slate-100"
        >
          <ChevronIcon className="transition-transform group-data-open:rotate-180" />
        </Button>
      </Group>
      <OptionsPopover emptyMessage={emptyMessage} isNonModal />
    </ComboBox>
  );
}
