import { readdirSync, readFileSync } from "node:fs";
import { appRoutes } from "@/lib/auth/routes";
import type { Messages } from "@/lib/i18n/catalogues";
import { PARTNERS } from "@/lib/seed/data/partners";

// Traces of a signed-in page's content, as they appear in its HTML and in its RSC payload.
// Only rendered markup counts: every page ships the whole message catalogue to the browser
// (NextIntlClientProvider), so a bare label such as "Active agreements" proves nothing —
// `>Active agreements</dt>` or `"children":"Active agreements"` does.

// The English catalogue, read as lib/i18n/catalogues.ts assembles it (Playwright's loader
// cannot import JSON modules without import attributes, which Next's build does not need).
const messagesDir = new URL("../../lib/i18n/messages/", import.meta.url);
const messages = Object.assign(
  {},
  ...readdirSync(messagesDir)
    .filter((name) => name.endsWith(".en.json"))
    .map((name) => JSON.parse(readFileSync(new URL(name, messagesDir), "utf8")) as object),
) as Messages;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

type Marker = { what: string; pattern: RegExp };

const navigation: Marker[] = appRoutes.flatMap((route) => [
  { what: `navigation link to ${route.href} (HTML)`, pattern: new RegExp(`href="${escape(route.href)}"`) },
  { what: `navigation link to ${route.href} (RSC)`, pattern: new RegExp(`"href":"${escape(route.href)}"`) },
]);

const pageTitles: Marker[] = appRoutes.flatMap((route) => {
  const title = (messages.pages as Record<string, { title?: string }>)[route.key]?.title;
  if (!title) return [];
  return [
    { what: `heading "${title}" (HTML)`, pattern: new RegExp(`<h1[^>]*>${escape(title)}</h1>`) },
    { what: `heading "${title}" (RSC)`, pattern: new RegExp(`"h1",null,\\{[^{}]*"children":"${escape(title)}"`) },
  ];
});

const dashboardFigures: Marker[] = (["activeAgreements", "expiring90", "expiring30", "exchangesUnderWay", "activePartners", "countries"] as const).flatMap(
  (key) => {
    const label = messages.pages.dashboard[key];
    return [
      { what: `dashboard figure "${label}" (HTML)`, pattern: new RegExp(`>${escape(label)}</dt>`) },
      { what: `dashboard figure "${label}" (RSC)`, pattern: new RegExp(`"children":"${escape(label)}"`) },
    ];
  },
);

/** A partner of the demo data: no message catalogue or public page names it. */
export const KNOWN_PARTNER = PARTNERS[0]?.nameEn ?? "Technical University of Munich";

const partner: Marker[] = [{ what: `demo partner "${KNOWN_PARTNER}"`, pattern: new RegExp(escape(KNOWN_PARTNER)) }];

export const signedInMarkers: readonly Marker[] = [...navigation, ...pageTitles, ...dashboardFigures, ...partner];

/** What of a signed-in page's content a response body shows (none, for anything anonymous). */
export function signedInContentIn(body: string): string[] {
  return signedInMarkers.filter((marker) => marker.pattern.test(body)).map((marker) => marker.what);
}
