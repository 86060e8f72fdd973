import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AriaLocale } from "@/app/_components/aria-locale";
import { htmlLang } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#ffffff" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={htmlLang[locale]}>
      <body>
        <AriaLocale locale={htmlLang[locale]}>
          <NextIntlClientProvider>{children}</NextIntlClientProvider>
        </AriaLocale>
      </body>
    </html>
  );
}
