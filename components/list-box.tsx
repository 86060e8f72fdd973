"use client";

import clsx from "clsx";
import type { ReactNode } from "react";
import { ListBox, ListBoxItem, Popover } from "react-aria-components";

/** One choice in a Select or ComboBox. `id` is what the form submits. */
export type ListOption = {
  id: string;
  label: string;
  /** Secondary line, e.g. a partner's native-script name or its country. */
  description?: string;
  /** Other names a ComboBox finds the option by, as it does by the label: a country's name in the other interface language. */
  aliases?: readonly string[];
  /** Codes a ComboBox finds the option by when typed in full, in any case: a country's ISO 3166 code. */
  codes?: readonly string[];
  isDisabled?: boolean;
};

/** The popover list shared by Select and ComboBox so both look and behave alike. */
export function OptionsPopover({
  options,
  emptyMessage,
  isNonModal,
}: {
  options?: readonly ListOption[];
  emptyMessage?: ReactNode;
  isNonModal?: boolean;
}) {
  return (
    <Popover
      offset={4}
      isNonModal={isNonModal}
      className={clsx(
        // z-50: above sticky table headers (z-10) and level with dialogs, which it follows in the DOM.
        "z-50 min-w-(--trigger-width) max-w-[calc(100vw-1rem)] overflow-auto rounded-field bg-white shadow-overlay outline-none",
        "data-entering:animate-fade-in data-exiting:animate-fade-out",
      )}
    >
      <ListBox<ListOption>
        items={options}
        renderEmptyState={emptyMessage ? () => <p className="px-3 py-2 text-sm text-slate-600">{emptyMessage}</p> : undefined}
        className="max-h-72 overflow-auto p-1 outline-none"
      >
        {(option) => (
          <ListBoxItem
            id={option.id}
            textValue={option.label}
            isDisabled={option.isDisabled}
            className={clsx(
              "group flex min-h-10 cursor-default items-center gap-2 rounded-md px-2.5 py-1.5 text-base text-slate-800 outline-none select-none sm:min-h-8 sm:text-sm",
              "data-focused:bg-slate-100 data-focus-visible:outline-2 data-focus-visible:outline-solid data-focus-visible:-outline-offset-2 data-focus-visible:outline-brand-600",
              "data-selected:font-medium data-selected:text-brand-800 data-disabled:text-slate-400",
            )}
          >
            <span className="flex min-w-0 flex-1 flex-col">
              <span className="truncate">{option.label}</span>
              {option.description ? (
                <span className="truncate text-xs font-normal text-slate-600">{option.description}</span>
              ) : null}
            </span>
            <CheckIcon />
          </ListBoxItem>
        )}
      </ListBox>
    </Popover>
  );
}

function CheckIcon() {
  return (
    <svg
      viewBox="0 0 16 16"
      fill="none"
      aria-hidden="true"
      className="invisible size-4 shrink-0 text-brand-700 group-data-selected:visible"
    >
      <path d="m3.5 8.5 3 3 6-7" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function ChevronIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 16 16" fill="none" aria-hidden="true" className={clsx("size-4 shrink-0 text-slate-500", className)}>
      <path d="m4.5 6.5 3.5 3.5 3.5-3.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
