import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";

/** The frame of the pages a visitor sees before signing in: brand, language, a centred column. */
export async function PublicFrame({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-dvh flex-col bg-slate-50">
      <header className="flex items-center justify-between px-4 py-4 sm:px-8">
        <p className="flex items-center gap-2 font-semibold text-slate-900">
          <span aria-hidden="true" className="inline-flex size-7 items-center justify-center rounded-field bg-brand-600 text-sm text-white">M</span>
          {t("name")}
        </p>
        <LanguageSwitch />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pb-12 pt-6 sm:items-center sm:pt-0">
        {children}
      </main>
    </div>
  );
}
