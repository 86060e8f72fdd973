"use client";

import { useState } from "react";
import { TextField, type FieldErrors } from "@/components/field";
import { offeredTags, typingWord, withTag } from "./tag-suggestions";

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

/**
 * Free tags typed comma-separated (it works before JavaScript loads), with the tags in use
 * offered as buttons (tag-suggestions.ts): never one already there, and while a word is being
 * typed only those containing it.
 */
export function TagsField({ name, label, description, suggestionsLabel, addLabel, defaultValue, suggestions, errorMessage, className }: TagsFieldProps) {
  const [text, setText] = useState(defaultValue);
  const [edited, setEdited] = useState(false);
  const typing = typingWord(text, edited);
  const offered = offeredTags(text, typing, suggestions);
  const add = (tag: string) => setText(withTag(text, typing, tag));

  return (
    <div className={className}>
      <TextField name={name} label={label} description={description} value={text} onChange={(value) => {
          setText(value);
          setEdited(true);
        }} errorMessage={errorMessage} autoComplete="off" />
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
