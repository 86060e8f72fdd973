import { expect, test } from "@playwright/test";
import { seedCanary } from "./support/canary";
import { e2eDb } from "./support/database";
import { discoverPages, opensFor, publicPages, urlFor, type Visitor } from "./support/routes";
import { requestAs } from "./support/sessions";

// SECURITY.md §4 canary-leak: a canary value sits in every internal field (notes, contacts,
// participants' emails, other students' data: e2e/support/canary.ts); every page a student
// or a visitor can open is read as HTML and as RSC payloads, and the canary never appears.
// Pages and who may open them come from the route tables (e2e/support/routes.ts), so new
// student and public pages are read the moment they exist.

const pages = discoverPages();

// Each way a browser fetches a page: the document, and the RSC payloads of client navigation
// and prefetching (redirects followed, so Next's ?_rsc cache-busting is honoured).
const fetches: { name: string; headers?: Record<string, string>; query?: string }[] = [
  { name: "HTML" },
  { name: "RSC", headers: { RSC: "1" } },
  { name: "RSC ?_rsc", headers: { RSC: "1" }, query: "_rsc" },
  { name: "?_rsc=x", query: "_rsc=x" },
  { name: "RSC prefetch", headers: { RSC: "1", "Next-Router-Prefetch": "1" } },
  { name: "RSC segment prefetch", headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/__PAGE__" } },
];

const readers: Visitor[] = ["anonymous", "student"];

let canary = "";

test.beforeAll(async ({ baseURL }) => {
  canary = await seedCanary(e2eDb(baseURL));
});

test("the canary is in the database", async ({ baseURL }) => {
  const db = e2eDb(baseURL);
  expect(await db.partner.count({ where: { notes: canary } })).toBe(1);
  expect(await db.partnerContact.count({ where: { email: { startsWith: canary.toLowerCase() } } })).toBe(1);
  expect(await db.opportunity.count({ where: { partner: { notes: canary }, status: "PUBLISHED" } })).toBe(1);
});

test("the search would see a leaked value in HTML and in RSC payloads", async ({ playwright, baseURL }) => {
  // The sign-in page carries its callbackUrl into the page: a harmless echo to aim at.
  const anonymous = await requestAs(playwright, baseURL, "anonymous");
  const target = `/login?callbackUrl=${encodeURIComponent(`/${canary}`)}`;
  for (const { name, headers, query } of fetches) {
    const response = await anonymous.get(query ? `${target}&${query}` : target, { headers });
    expect((await response.text()).toLowerCase().includes(canary.toLowerCase()), name).toBe(true);
  }
  await anonymous.dispose();
});

for (const visitor of readers) {
  // Student pages and public pages; for a student the public ones redirect to their home.
  const readable = pages.filter((page) => opensFor(page.pattern, visitor) || page.pattern in publicPages);
  for (const page of readable) {
    test(`${visitor} reads ${page.pattern}: no canary in HTML or RSC`, async ({ playwright, baseURL }) => {
      const url = await urlFor(page, () => e2eDb(baseURL));
      const context = await requestAs(playwright, baseURL, visitor);
      for (const { name, headers, query } of fetches) {
        const target = query ? `${url}${url.includes("?") ? "&" : "?"}${query}` : url;
        const response = await context.get(target, { headers });
        expect(response.status(), `${name} ${target}`).toBeLessThan(500);
        const body = (await response.text()).toLowerCase();
        expect(body.includes(canary.toLowerCase()), `${name} ${target} shows the canary`).toBe(false);
      }
      await context.dispose();
    });
  }
}
