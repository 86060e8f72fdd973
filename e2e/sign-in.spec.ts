import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts, type DemoRole } from "./accounts";
import { anonymousContext, signInWithApi } from "./admin-helpers";
import { createTestUser, e2eDatabase } from "./support/database";

const expectedNavigation: Record<DemoRole, string[]> = {
  staff: ["Dashboard", "Partners", "Agreements", "Exchanges", "Visits", "Experts", "Programmes"],
  admin: ["Dashboard", "Partners", "Agreements", "Exchanges", "Visits", "Experts", "Programmes", "Users", "Audit log", "Settings"],
  student: ["Opportunities", "My applications"],
};

const expectedHome: Record<DemoRole, RegExp> = {
  staff: /\/dashboard$/,
  admin: /\/dashboard$/,
  student: /\/opportunities$/,
};

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

for (const role of Object.keys(demoAccounts) as DemoRole[]) {
  test(`${role} signs in and sees the ${role}'s navigation`, async ({ page }) => {
    await page.goto("/login");
    await signIn(page, demoAccounts[role], DEMO_PASSWORD);
    await expect(page).toHaveURL(expectedHome[role]);
    const navigation = page.getByRole("navigation", { name: "Main navigation" });
    await expect(navigation.getByRole("link")).toHaveText(expectedNavigation[role]);
  });
}

test("an anonymous visitor is sent to sign in and comes back to the page afterwards", async ({ page }) => {
  await page.goto("/agreements?status=ACTIVE");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await signIn(page, demoAccounts.staff, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/agreements\?status=ACTIVE$/);
  await expect(page.getByRole("heading", { level: 1, name: "Agreements" })).toBeVisible();
});

test("a wrong password gives a clear message and keeps the email typed", async ({ page }) => {
  await page.goto("/login");
  await signIn(page, demoAccounts.staff, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(demoAccounts.staff);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page).toHaveURL(/\/login/);
});

test("an unknown email gets the same message as a wrong password", async ({ page }) => {
  await page.goto("/login");
  await signIn(page, "nobody@example.edu", "whatever-password");
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect" })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await page.goto("/login");
  await signIn(page, demoAccounts.student, DEMO_PASSWORD);
  await expect(page).toHaveURL(expectedHome.student);
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/opportunities");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fopportunities/);
});

test("signing out works before the page's JavaScript has loaded, and is in the audit log", async ({ browser }) => {
  const user = await createTestUser("STAFF", "sign-out");
  const context = await anonymousContext(browser, { javaScriptEnabled: false });
  await signInWithApi(context.request, user.email, user.password);
  const page = await context.newPage();
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
  const db = await e2eDatabase();
  expect(await db.auditEvent.count({ where: { actorId: user.id, action: "SIGN_OUT" } })).toBe(1);
  await context.close();
});
