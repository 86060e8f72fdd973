import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/catalogues";

/** What every page's client components need: the shell, the language switch, error pages. */
export const CORE_CLIENT_NAMESPACES = ["shell", "language", "conflict", "errorPage"] as const satisfies readonly (keyof Messages)[];

/**
 * Hands client components the message namespaces they use, and no others: the catalogue
 * (40 KB) would otherwise travel inside every page's payload. A provider replaces its
 * parent's messages, so each one carries the core namespaces too.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: readonly (keyof Messages)[]; children: ReactNode }) {
  const messages = (await getMessages()) as Messages;
  const picked = Object.fromEntries([...CORE_CLIENT_NAMESPACES, ...namespaces].map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
