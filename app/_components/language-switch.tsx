"use client";

import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { setLocale } from "@/lib/actions/set-locale";
import { locales } from "@/lib/i18n/locales";

/** Two buttons in a form: works before JavaScript loads, and the server re-renders in the new language. */
export function LanguageSwitch({ className }: { className?: string }) {
  const t = useTranslations("language");
  const current = useLocale();
  const [, action, pending] = useActionState(setLocale, null);
  return (
    <form action={action} className={clsx("flex items-center", className)} aria-label={t("label")}>
      <div role="group" aria-label={t("label")} className="inline-flex rounded-field border border-slate-300 bg-white p-0.5 text-sm">
        {locales.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale === "zh" ? "zh-CN" : "en"}
            aria-pressed={current === locale}
            disabled={pending}
            className={clsx(
              "min-h-9 rounded-[calc(var(--radius-field)-2px)] px-2.5 font-medium outline-none transition-colors",
              "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600",
              current === locale ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100",
            )}
          >
            {t(locale)}
          </button>
        ))}
      </div>
    </form>
  );
}
