import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { e2eDb } from "./support/database";
import { signedInContentIn } from "./support/page-content";
import { discoverPages, expectedOutcome, urlFor } from "./support/routes";
import { requestAs } from "./support/sessions";

// SECURITY.md §4 proxy-bypass-regression: the proxy is convenience, so a request that
// slips past it — the CVE-2025-29927 subrequest header, RSC and prefetch requests, .rsc
// and segment URLs, HEAD, other spellings of the path — must still get no page data from
// the page itself. Every signed-in page is asked as an anonymous visitor in every way;
// each answer (and each redirect on the way) may be a redirect to /login, a 404, or
// anything at all without the page's content (e2e/support/page-content.ts).

type Variant = { name: string; method?: "GET" | "HEAD" | "POST"; headers?: Record<string, string>; url?: (path: string) => string };

const subrequest = (name: string) => ({ "x-middleware-subrequest": Array.from({ length: 5 }, () => name).join(":") });
const rsc = { RSC: "1" };
const prefetch = { RSC: "1", "Next-Router-Prefetch": "1" };
const forged = { Cookie: "meridian.session=forged" };
const withQuery = (path: string, query: string) => `${path}${path.includes("?") ? "&" : "?"}${query}`;

const variants: Variant[] = [
  { name: "plain GET" },
  { name: "x-middleware-subrequest: middleware×5", headers: subrequest("middleware") },
  { name: "x-middleware-subrequest: src/middleware×5", headers: subrequest("src/middleware") },
  { name: "x-middleware-subrequest: proxy×5", headers: subrequest("proxy") },
  { name: "x-middleware-subrequest: src/proxy×5", headers: subrequest("src/proxy") },
  { name: "RSC: 1", headers: rsc },
  { name: "RSC: 1 with ?_rsc", headers: rsc, url: (path) => withQuery(path, "_rsc") },
  { name: "?_rsc=x", url: (path) => withQuery(path, "_rsc=x") },
  { name: "RSC: 1 and subrequest header", headers: { ...rsc, ...subrequest("proxy") } },
  { name: "Next-Router-Prefetch: 1", headers: prefetch },
  { name: "segment prefetch /_tree", headers: { ...prefetch, "Next-Router-Segment-Prefetch": "/_tree" } },
  { name: "segment prefetch /__PAGE__", headers: { ...prefetch, "Next-Router-Segment-Prefetch": "/__PAGE__" } },
  { name: ".rsc suffix", url: (path) => `${path}.rsc` },
  { name: ".rsc suffix with RSC: 1", headers: rsc, url: (path) => `${path}.rsc` },
  { name: "segment URL .segments/_tree.segment.rsc", headers: prefetch, url: (path) => `${path}.segments/_tree.segment.rsc` },
  { name: "segment URL .segments/__PAGE__.segment.rsc", headers: prefetch, url: (path) => `${path}.segments/__PAGE__.segment.rsc` },
  { name: "trailing slash", url: (path) => `${path}/` },
  { name: "percent-encoded first letter", url: (path) => `/%${path.charCodeAt(1).toString(16)}${path.slice(2)}` },
  { name: "doubled slash", url: (path) => `/${path}` },
  { name: "HEAD (the proxy redirects GET only)", method: "HEAD" },
  { name: "POST without an action", method: "POST" },
  // A cookie with the session's name satisfies the proxy: from here on only the page decides.
  { name: "forged session cookie", headers: forged },
  { name: "forged __Host- session cookie", headers: { Cookie: "__Host-meridian.session=forged" } },
  { name: "forged cookie, RSC: 1 with ?_rsc", headers: { ...forged, ...rsc }, url: (path) => withQuery(path, "_rsc") },
  { name: "forged cookie, prefetch", headers: { ...forged, ...prefetch } },
  { name: "forged cookie, segment prefetch /_tree", headers: { ...forged, ...prefetch, "Next-Router-Segment-Prefetch": "/_tree" } },
  { name: "forged cookie, segment prefetch /__PAGE__", headers: { ...forged, ...prefetch, "Next-Router-Segment-Prefetch": "/__PAGE__" } },
  { name: "forged cookie, .rsc suffix", headers: { ...forged, ...rsc }, url: (path) => `${path}.rsc` },
  { name: "forged cookie, subrequest header", headers: { ...forged, ...subrequest("proxy") } },
];

const isRedirect = (response: APIResponse) => [301, 302, 303, 307, 308].includes(response.status());

/** Follows redirects by hand (same headers each hop) until one leaves for /login or none is left. */
async function ask(context: APIRequestContext, origin: string, variant: Variant, path: string) {
  const hops: { url: string; status: number; content: string[] }[] = [];
  let url = variant.url ? variant.url(path) : path;
  for (let hop = 0; hop < 5; hop++) {
    // Absolute, so that "//path" stays a path on this server.
    const response = await context.fetch(`${origin}${url}`, { method: variant.method ?? "GET", headers: variant.headers, maxRedirects: 0 });
    const body = variant.method === "HEAD" ? "" : await response.text();
    hops.push({ url, status: response.status(), content: signedInContentIn(body) });
    if (!isRedirect(response)) break;
    const next = new URL(response.headers()["location"] ?? "/", "http://host");
    if (next.pathname === "/login" || `${next.pathname}${next.search}` === url) break;
    url = `${next.pathname}${next.search}`;
  }
  return hops;
}

const signedInPages = discoverPages().filter((page) => "redirect" in expectedOutcome(page.pattern, page.pattern, "anonymous") && !["/", "/login"].includes(page.pattern));

test("the content markers are real: a staff member's dashboard shows them in HTML and RSC", async ({ playwright, baseURL }) => {
  const staff = await requestAs(playwright, baseURL, "staff");
  const html = await (await staff.get("/dashboard")).text();
  const payload = await (await staff.get("/dashboard?_rsc", { headers: rsc })).text();
  for (const body of [html, payload]) {
    const content = signedInContentIn(body);
    expect(content.some((what) => what.startsWith("navigation link"))).toBe(true);
    expect(content.some((what) => what.startsWith("dashboard figure"))).toBe(true);
    expect(content.some((what) => what.startsWith('heading "Dashboard"'))).toBe(true);
  }
  await staff.dispose();
});

test("signed-in pages are found on disk", () => {
  expect(signedInPages.map((page) => page.pattern)).toEqual(expect.arrayContaining(["/dashboard", "/partners", "/admin/users"]));
});

for (const page of signedInPages) {
  test(`${page.pattern}: no way around the proxy gives an anonymous visitor page data`, async ({ playwright, baseURL }) => {
    const path = await urlFor(page, () => e2eDb(baseURL));
    const anonymous = await requestAs(playwright, baseURL, "anonymous");
    for (const variant of variants) {
      const hops = await ask(anonymous, new URL(baseURL ?? "").origin, variant, path);
      const what = `${variant.name}: ${hops.map((hop) => `${hop.url} → ${hop.status}`).join(", ")}`;
      expect(hops.flatMap((hop) => hop.content), what).toEqual([]);
    }
    await anonymous.dispose();
  });
}
