import { expect, test, type Page } from "@playwright/test";
import { createDemoUser } from "@/lib/seed/users";
import { HSTS, PERMISSIONS_POLICY } from "@/lib/security/headers";
import { DEMO_PASSWORD } from "./accounts";
import { e2eDb } from "./support/database";
import { requestAs } from "./support/sessions";

// The headers every response carries (proxy.ts, lib/security/headers.ts), and proof that the
// strict Content-Security-Policy breaks nothing: whole journeys in a real browser with every
// CSP violation (and every Permissions-Policy complaint) collected and none allowed.

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

test("pages, RSC requests, redirects, 404s and API routes all carry the security headers", async ({ playwright, baseURL }) => {
  const anonymous = await requestAs(playwright, baseURL, "anonymous");
  const staff = await requestAs(playwright, baseURL, "staff");
  const cases = [
    { context: anonymous, url: "/login" },
    { context: anonymous, url: "/dashboard" },
    { context: anonymous, url: "/no-such-page" },
    { context: anonymous, url: "/api/health" },
    { context: anonymous, url: "/api/auth/csrf" },
    { context: staff, url: "/dashboard" },
    { context: staff, url: "/dashboard?_rsc", headers: { RSC: "1" } },
    { context: staff, url: "/admin/users" },
  ];
  for (const { context, url, headers } of cases) {
    const response = await context.get(url, { headers, maxRedirects: 0 });
    const h = response.headers();
    const csp = h["content-security-policy"] ?? "";
    expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'(;|$)/);
    expect(csp.match(/script-src [^;]*/)?.[0], url).not.toContain("unsafe");
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "default-src 'self'"]) {
      expect(csp, url).toContain(directive);
    }
    expect(h["x-content-type-options"], url).toBe("nosniff");
    expect(h["referrer-policy"], url).toBe("same-origin");
    expect(h["permissions-policy"], url).toBe(PERMISSIONS_POLICY);
    expect(h["permissions-policy"], url).toContain("camera=()");
    expect(h["x-frame-options"], url).toBe("DENY");
    expect(h["x-powered-by"], url).toBeUndefined();
    // Plain http here: no HSTS.
    expect(h["strict-transport-security"], url).toBeUndefined();
  }
  await anonymous.dispose();
  await staff.dispose();
});

test("each page gets a fresh nonce, and it is on every script Next renders", async ({ playwright, baseURL }) => {
  const anonymous = await requestAs(playwright, baseURL, "anonymous");
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const response = await anonymous.get("/login");
    const nonce = nonceOf(response.headers()["content-security-policy"]);
    expect(nonce).toBeDefined();
    nonces.add(nonce!);
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // react-aria reads it here for the <style> elements it inserts.
    expect(html).toContain(`<meta name="csp-nonce" nonce="${nonce}"/>`);
  }
  expect(nonces.size).toBe(3);
  await anonymous.dispose();
});

test("HSTS only when the visitor came over https", async ({ playwright, baseURL }) => {
  const anonymous = await requestAs(playwright, baseURL, "anonymous");
  const proxied = await anonymous.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
  expect(proxied.headers()["strict-transport-security"]).toBe(HSTS);
  expect(proxied.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  const plain = await anonymous.get("/login");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  await anonymous.dispose();
});

test("nothing sent to a signed-in browser may be stored: signed-in pages and any request with a session cookie", async ({ playwright, baseURL }) => {
  const anonymous = await requestAs(playwright, baseURL, "anonymous");
  const student = await requestAs(playwright, baseURL, "student");
  for (const { context, url } of [
    { context: anonymous, url: "/dashboard" },
    { context: student, url: "/opportunities" },
    { context: student, url: "/opportunities?_rsc" },
    { context: student, url: "/login" },
    { context: student, url: "/api/health" },
    { context: student, url: "/api/auth/session" },
    { context: student, url: "/partners" },
  ]) {
    const cacheControl = (await context.get(url, { maxRedirects: 0 })).headers()["cache-control"] ?? "";
    expect(cacheControl, url).toContain("no-store");
    expect(cacheControl, url).toContain("private");
  }
  await anonymous.dispose();
  await student.dispose();
});

test("a server error reveals nothing: a generic text, no message, no stack", async ({ playwright, baseURL }) => {
  // A malformed router-state header makes Next itself fail the request (logged with the
  // request id); what the visitor gets back must say nothing about why.
  const anonymous = await requestAs(playwright, baseURL, "anonymous");
  for (const url of ["/login", "/dashboard"]) {
    // Redirects followed: Next first sends an RSC request to its cache-busting ?_rsc= URL.
    const response = await anonymous.get(url, { headers: { RSC: "1", "Next-Router-State-Tree": "%7Bbroken", Cookie: "meridian.session=forged" } });
    expect(response.status()).toBe(500);
    const body = await response.text();
    expect(body).not.toMatch(/router state|parsed|\bat\s|\.js|node_modules|\/work\//i);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  }
  await anonymous.dispose();
});

/** Every CSP violation and Permissions-Policy complaint the page reports, for the whole test. */
async function watchPolicies(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Permissions-Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.exposeFunction("reportPolicyViolation", (line: string) => problems.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportPolicyViolation: (line: string) => void }).reportPolicyViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  return async () => problems;
}

/** Signs a new admin in through the form: the language switch saves the choice on the account. */
async function signInAsNewAdmin(page: Page, baseURL: string | undefined) {
  const email = `csp-${crypto.randomUUID()}@example.edu`;
  await createDemoUser(e2eDb(baseURL), { email, role: "ADMIN", password: DEMO_PASSWORD });
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test("the sign-in page and its language switch break no policy", async ({ page }) => {
  const problems = await watchPolicies(page);
  await page.goto("/login");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect(await problems()).toEqual([]);
});

test("signing in and moving from page to page break no policy", async ({ page, baseURL }) => {
  test.slow(); // a dozen server renders
  const problems = await watchPolicies(page);
  await signInAsNewAdmin(page, baseURL);
  // Client-side navigation through every page of the admin's navigation.
  const navigation = page.getByRole("navigation", { name: "Main navigation" });
  for (const name of ["Partners", "Agreements", "Exchanges", "Visits", "Experts", "Programmes", "Users", "Audit log", "Dashboard"]) {
    await navigation.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  }
  expect(await problems()).toEqual([]);
});

test("switching language when signed in and signing out break no policy", async ({ page, baseURL }) => {
  test.slow(); // two password hashes and five server renders
  const problems = await watchPolicies(page);
  await signInAsNewAdmin(page, baseURL);
  await page.getByRole("button", { name: "中文" }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("button", { name: "English" }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login/);
  expect(await problems()).toEqual([]);
});

test("a phone-sized screen's menu breaks no policy either", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, storageState: "e2e/.auth/staff.json" });
  const page = await context.newPage();
  const problems = await watchPolicies(page);
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Open menu" }).click();
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Partners" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partners" })).toBeVisible();
  expect(await problems()).toEqual([]);
  await context.close();
});
