import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AriaLocale } from "@/app/_components/aria-locale";
import { ClientMessages } from "@/app/_components/client-messages";
import { htmlLang } from "@/lib/i18n/locales";
import { NONCE_HEADER } from "@/lib/security/headers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#ffffff" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, requestHeaders] = await Promise.all([getLocale(), headers()]);
  const nonce = requestHeaders.get(NONCE_HEADER) ?? undefined;
  return (
    <html lang={htmlLang[locale]}>
      <head>
        {/* react-aria's inserted <style> elements take this request's CSP nonce from here
            (lib/security/headers.ts); the browser hides a nonce attribute from the page. */}
        <meta name="csp-nonce" nonce={nonce} />
      </head>
      <body>
        <AriaLocale locale={htmlLang[locale]}>
          <ClientMessages>{children}</ClientMessages>
        </AriaLocale>
      </body>
    </html>
  );
}
