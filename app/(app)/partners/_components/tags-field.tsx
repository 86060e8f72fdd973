"use client";

import { useState } from "react";
import { TextField, type FieldErrors } from "@/components/field";

export type TagsFieldProps = {
  name: string;
  label: string;
  description: string;
  suggestionsLabel: string;
  addLabel: (tag: string) => string;
  defaultValue: string;
  /** Tags other partners already have, offered so the office keeps one spelling of each. */
  suggestions: readonly string[];
  errorMessage?: FieldErrors;
  className?: string;
};

const split = (text: string) => text.split(/[,，]/).map((tag) => tag.trim());

/**
 * Free tags typed comma-separated (it works before JavaScript loads), with the tags in use
 * offered as buttons: those matching the word being typed first, never one already there.
 */
export function TagsField({ name, label, description, suggestionsLabel, addLabel, defaultValue, suggestions, errorMessage, className }: TagsFieldProps) {
  const [text, setText] = useState(defaultValue);
  const parts = split(text);
  const typing = (parts.at(-1) ?? "").toLowerCase();
  const chosen = new Set(parts.filter(Boolean).map((tag) => tag.toLowerCase()));
  const offered = suggestions
    .filter((tag) => !chosen.has(tag.toLowerCase()) || tag.toLowerCase() === typing)
    .filter((tag) => !typing || tag.toLowerCase().includes(typing))
    .slice(0, 12);

  const add = (tag: string) => {
    const kept = parts.slice(0, -1).filter(Boolean);
    const last = parts.at(-1) ?? "";
    // The word being typed is replaced when it is the start of the tag, else kept.
    const before = last && tag.toLowerCase().includes(last.toLowerCase()) ? kept : [...kept, last].filter(Boolean);
    setText(`${[...before, tag].join(", ")}, `);
  };

  return (
    <div className={className}>
      <TextField name={name} label={label} description={description} value={text} onChange={setText} errorMessage={errorMessage} autoComplete="off" />
      {offered.length > 0 ? (
        <div className="mt-2 flex flex-wrap items-center gap-1.5" role="group" aria-label={suggestionsLabel}>
          <span aria-hidden="true" className="me-1 text-xs text-slate-500">
            {suggestionsLabel}:
          </span>
          {offered.map((tag) => (
            <button
              key={tag}
              type="button"
              onClick={() => add(tag)}
              aria-label={addLabel(tag)}
              className="inline-flex min-h-8 items-center rounded-full border border-slate-300 bg-white px-2.5 text-xs font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              + {tag}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
