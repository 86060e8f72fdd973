import { expect, test } from "@playwright/test";
import { e2eDb } from "./support/database";
import { discoverPages, expectedOutcome, isInRouteTables, urlFor, visitors } from "./support/routes";
import { requestAs } from "./support/sessions";

// SECURITY.md §4 authz-matrix, the browser half: every page on disk × every kind of visitor
// → anonymous: sent to sign in (and back); wrong role: "not found"; right role: the page.
// Pages come from the file system and expectations from the route tables
// (e2e/support/routes.ts), so a new page is tested the moment it exists.

const pages = discoverPages();

test("the route tables know every page on disk", () => {
  const unknown = pages.filter((page) => !isInRouteTables(page.pattern)).map((page) => `${page.pattern} (${page.file})`);
  expect(unknown, "add each page to appRoutes (lib/auth/routes.ts) or publicPages (e2e/support/routes.ts)").toEqual([]);
  expect(pages.length).toBeGreaterThan(5);
});

for (const page of pages) {
  test(`${page.pattern}: each visitor gets what the route table says`, async ({ playwright, baseURL }) => {
    const url = await urlFor(page, () => e2eDb(baseURL));
    for (const visitor of visitors) {
      const context = await requestAs(playwright, baseURL, visitor);
      const response = await context.get(url, { maxRedirects: 0 });
      const expected = expectedOutcome(page.pattern, url, visitor);
      const what = `${visitor} GET ${url}`;
      if ("redirect" in expected) {
        expect([302, 303, 307, 308], what).toContain(response.status());
        const location = new URL(response.headers()["location"] ?? "", baseURL);
        expect(`${location.pathname}${location.search}`, what).toBe(expected.redirect);
      } else {
        expect(response.status(), what).toBe(expected.status);
        if (expected.status === 200) expect(response.headers()["content-type"], what).toContain("text/html");
      }
      await context.dispose();
    }
  });
}
