"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { Conflict } from "@/lib/data/conflict";
import { Alert } from "./alert";
import { useFocusOnRefusal } from "./use-focus-on-refusal";

export type ConflictNoticeProps = {
  conflict: Conflict;
  /** The form's field labels, by field name. */
  labels: Record<string, string>;
  /** Turns a saved value into what the form shows, e.g. an enum into its label. */
  display?: (field: string, value: string) => string;
};

/**
 * Shown instead of the form's error banner when a save was refused because someone else saved
 * the record first: who, when, and the saved values that differ from what the user typed.
 * Announced at once (role="alert") and focused (see useFocusOnRefusal); the typed values stay in the form.
 */
export function ConflictNotice({ conflict, labels, display = (_field, value) => value }: ConflictNoticeProps) {
  const t = useTranslations("conflict");
  const format = useFormatter();
  const time = conflict.savedAt ? format.dateTime(new Date(conflict.savedAt), { dateStyle: "medium", timeStyle: "short" }) : null;
  const fields = Object.entries(conflict.saved);
  const focus = useFocusOnRefusal<HTMLDivElement>(true);
  return (
    <div role="alert" {...focus}>
      <Alert tone="warning" title={t("title")}>
        {time ? <p>{conflict.savedBy ? t("savedBy", { name: conflict.savedBy, time }) : t("savedAt", { time })}</p> : null}
        {fields.length ? (
          <>
            <p className="mt-2">{t("differs")}</p>
            <dl className="mt-1 grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-1">
              {fields.map(([field, value]) => (
                <div key={field} className="contents">
                  <dt className="font-medium">{labels[field] ?? field}</dt>
                  <dd className="[overflow-wrap:anywhere]">{value ? display(field, value) : <span className="italic">{t("empty")}</span>}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : (
          <p className="mt-2">{t("same")}</p>
        )}
        <p className="mt-2">{t("keep")}</p>
      </Alert>
    </div>
  );
}
