"use client";

import clsx from "clsx";
import { useEffect, useRef, useState, type Key } from "react";
import { Button, ComboBox, Group, Input } from "react-aria-components";
import { FieldLabel, fieldControlClassName } from "@/components/field";
import { ChevronIcon, OptionsPopover, type ListOption } from "@/components/list-box";
import { findUserOptions } from "@/lib/actions/audit-log";

/**
 * "Who" for the audit log: a combobox that asks the server for matching users as the admin
 * types (there may be thousands of students), and submits the chosen user's id as `name`.
 */
export function UserFilter({
  name,
  label,
  placeholder,
  emptyMessage,
  buttonLabel,
  initial,
}: {
  name: string;
  label: string;
  placeholder: string;
  emptyMessage: string;
  buttonLabel: string;
  initial: ListOption | null;
}) {
  const [items, setItems] = useState<ListOption[]>(initial ? [initial] : []);
  const [selected, setSelected] = useState<string | null>(initial?.id ?? null);
  const [text, setText] = useState(initial?.label ?? "");
  const request = useRef(0);

  useEffect(() => {
    const id = ++request.current;
    const timer = setTimeout(async () => {
      const found = await findUserOptions(text);
      // Only the newest answer counts: typing fast must not show an older list.
      if (id === request.current) setItems(found.map((user) => ({ id: user.id, label: user.name, description: user.email })));
    }, 200);
    return () => clearTimeout(timer);
  }, [text]);

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
