import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Browser, type BrowserContextOptions, type Locator, type Page } from "@playwright/test";

// Helpers for the administration specs. Each test makes its own users through the admin
// screens (never touching the shared demo accounts, which other specs use at the same time).

export type Credential = { userUrl: string; email: string; name: string; password?: string; link?: string };

export const uniqueEmail = (prefix: string) => `${prefix}.${crypto.randomUUID().slice(0, 8)}@example.edu`;

const roleLabel = { ADMIN: "Administrator", STAFF: "Staff", STUDENT: "Student" } as const;

/**
 * Picks an option of a react-aria Select. Opening and picking are retried together: a click
 * that lands before the page has hydrated does nothing, and a list opened then can close
 * again as hydration finishes, taking the option away before it is clicked (seen under load).
 */
export async function chooseOption(page: Page, button: Locator, option: string | RegExp) {
  await expect(async () => {
    if (!(await page.getByRole("listbox").isVisible())) await button.click();
    await page.getByRole("option", { name: option }).click({ timeout: 2_000 });
    await expect(page.getByRole("listbox")).toBeHidden({ timeout: 2_000 });
  }).toPass();
}

/** Creates a user on /admin/users/new (the page must be signed in as an admin). */
export async function createUserThroughUi(
  page: Page,
  { name, email, role, method }: { name: string; email: string; role: "STAFF" | "STUDENT"; method: "password" | "invitation" },
): Promise<Credential> {
  await page.goto("/admin/users/new");
  await page.getByRole("textbox", { name: "Full name" }).fill(name);
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await chooseOption(page, page.getByRole("button", { name: /Role/ }), new RegExp(`^${roleLabel[role]}`));
  await page.getByRole("radio", { name: method === "password" ? /One-time password/ : /Invitation link/ }).check();
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("User created")).toBeVisible();
  const secret = await page.getByRole("textbox", { name: method === "password" ? "One-time password" : "Invitation link" }).inputValue();
  const userUrl = (await page.getByRole("link", { name: "Open the user's page" }).getAttribute("href")) ?? "";
  expect(userUrl).toMatch(/^\/admin\/users\/[0-9a-f-]{36}$/);
  return { userUrl, email, name, ...(method === "password" ? { password: secret } : { link: secret }) };
}

/** Signs in through next-auth's endpoints, leaving the session cookie in the request context. */
export async function signInWithApi(request: APIRequestContext, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  expect(response.ok()).toBe(true);
}

/**
 * A browser of nobody's: contexts made in a test inherit the file's storageState (the
 * admin's session) unless told otherwise.
 */
export function anonymousContext(browser: Browser, options: BrowserContextOptions = {}) {
  return browser.newContext({ ...options, storageState: options.storageState ?? { cookies: [], origins: [] } });
}

/** A fresh browser signed in as the user; returns the saved state (cookies) too. */
export async function signedInContext(browser: Browser, email: string, password: string) {
  const context = await anonymousContext(browser);
  await signInWithApi(context.request, email, password);
  const cookies = (await context.storageState()).cookies.map((cookie) => cookie.name);
  expect(cookies).toContain("meridian.session");
  return { context, state: await context.storageState() };
}

export async function signInThroughForm(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** No WCAG 2.1 A/AA violation that axe can find on the page as it stands. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
