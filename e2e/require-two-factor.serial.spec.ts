import { expect as baseExpect, test } from "@playwright/test";

const expect = baseExpect.configure({ timeout: 30_000 });
import { closeE2eDatabase, createTestUser, e2eDatabase } from "./support/database";
import { enrolTwoFactor, signIn, signOut } from "./support/flows";
import { addIdpAccount, serverInfo, signInWithSso, uniqueEmail } from "./support/sso";

// Switches a global setting on, so it runs on its own after every other spec
// (the "global-settings" project in playwright.config.ts).
const REQUIRE_TWO_FACTOR_KEY = "security.requireTwoFactor"; // lib/data/settings.ts

test.afterAll(async () => {
  const db = await e2eDatabase();
  await db.setting.deleteMany({ where: { key: REQUIRE_TWO_FACTOR_KEY } });
  await closeE2eDatabase();
});

test.describe.configure({ timeout: 180_000 });

test("with two-factor required, staff without it must enrol before any other page opens; SSO staff need not", async ({ page, baseURL }) => {
  const admin = await createTestUser("ADMIN", "require-admin");
  const staff = await createTestUser("STAFF", "require-staff");

  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await (await enrolTwoFactor(page)).done();
  await page.goto("/admin/settings");
  // react-aria's checkbox input is visually hidden under its label: click the label.
  await page.getByText("Require two-factor sign-in for administrators and staff").click();
  await expect(page.getByRole("checkbox", { name: "Require two-factor sign-in for administrators and staff" })).toBeChecked();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");
  await signOut(page);

  // Single sign-on: the university's identity provider did the second factor (ASVS 6.3.3).
  const info = serverInfo(baseURL);
  const idp = await addIdpAccount(info, { email: uniqueEmail("require-sso"), email_verified: true, name: "Ma Lin" });
  const ssoStaff = await createTestUser("STAFF", "require-sso-staff");
  const db = await e2eDatabase();
  await db.userIdentity.create({ data: { userId: ssoStaff.id, issuer: info.oidc.issuer, subject: idp.sub } });
  await signInWithSso(page, info, idp);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await signOut(page);

  await signIn(page, staff.email, staff.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("Set up two-factor sign-in to continue")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link")).toHaveCount(0);
  for (const path of ["/dashboard", "/partners", "/admin/settings"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/account$/);
  }
  await page.screenshot({ path: "test-results/screens/account-required-1280.png", fullPage: true });

  const { done } = await enrolTwoFactor(page);
  await done();
  await expect(page.getByText("Set up two-factor sign-in to continue")).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});
