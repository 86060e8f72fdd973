"use client";

import type { ReactNode } from "react";
import { I18nProvider } from "react-aria-components";

// react-aria speaks a few strings of its own to screen readers (popover dismiss buttons,
// "N options available"): in the page's language, not the browser's.
export function AriaLocale({ locale, children }: { locale: string; children: ReactNode }) {
  return <I18nProvider locale={locale}>{children}</I18nProvider>;
}
