import { expect as baseExpect, test, type Browser } from "@playwright/test";

const expect = baseExpect.configure({ timeout: 30_000 });
import { storageStateFor } from "./accounts";
import { closeE2eDatabase, createTestUser, type TestUser } from "./support/database";
import { enrolTwoFactor, formAlert, signIn, signInViaApi, signInViaForm, signOut, totpCode } from "./support/flows";

test.afterAll(closeE2eDatabase);
// Each of these flows signs in several times (argon2 on every sign-in): give them room.
test.describe.configure({ timeout: 180_000 });

/** A browser context signed in as the user, and its saved storage state (the "old cookie"). */
async function savedSession(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  expect(await signInViaApi(context.request, user.email, user.password)).toBeNull();
  const state = await context.storageState();
  await context.close();
  return state;
}

async function expectRefused(browser: Browser, state: Awaited<ReturnType<typeof savedSession>>, path: string) {
  const context = await browser.newContext({ storageState: state });
  const page = await context.newPage();
  await page.goto(path);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await context.close();
}

test.describe("session-revocation", () => {
  test("a cookie saved before \"sign out everywhere\" is refused after it", async ({ browser, page }) => {
    const user = await createTestUser("STUDENT");
    const old = await savedSession(browser, user);

    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(/\/opportunities$/);
    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=everywhere$/);
    await expect(page.getByRole("status")).toHaveText("You have been signed out on all your devices.");

    await expectRefused(browser, old, "/opportunities");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
  });

  test("a cookie saved before a password change is refused after it; this browser stays signed in", async ({ browser, page }) => {
    const user = await createTestUser("STAFF");
    const old = await savedSession(browser, user);
    const newPassword = "tangerine kettle orbit seven";

    await signIn(page, user.email, user.password);
    await page.goto("/account");
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel(/^New password/).fill(newPassword);
    await page.getByLabel("Repeat the new password").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();

    await expectRefused(browser, old, "/dashboard");
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

    await signOut(page);
    await signInViaForm(page, user.email, user.password);
    await expect(formAlert(page)).toContainText("The email or password is incorrect");
    await signIn(page, user.email, newPassword);
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});

test("changing the password asks for the current one and refuses common passwords", async ({ page }) => {
  const user = await createTestUser("STUDENT");
  await signIn(page, user.email, user.password);
  await page.goto("/account");
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel(/^New password/).fill("Password2024!");
  await page.getByLabel("Repeat the new password").fill("Password2024!");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That password is not right.")).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveValue("");

  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel(/^New password/).fill("Password2024!");
  await page.getByLabel("Repeat the new password").fill("Password2024!");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This password is too common or too easy to guess.")).toBeVisible();
});

test("ten failed sign-ins pause the account with a clear message, even with the right password after", async ({ page }) => {
  const user = await createTestUser("STUDENT", "throttled");
  await signInViaForm(page, user.email, "wrong password 0");
  await expect(formAlert(page)).toContainText("The email or password is incorrect");
  for (let i = 1; i < 10; i++) {
    await page.getByLabel("Password").fill(`wrong password ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form clears the password once the answer is in.
    await expect(page.getByLabel("Password")).toHaveValue("");
  }
  await expect(formAlert(page)).toContainText("The email or password is incorrect");
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toHaveText(
    "Too many failed sign-in attempts. Signing in is paused: please wait 15 minutes and try again.",
  );
  await expect(page).toHaveURL(/\/login/);
});

test("a forged X-Forwarded-For does not get around the limit (TRUST_PROXY is off)", async ({ playwright }) => {
  const user = await createTestUser("STUDENT", "forged");
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  for (let i = 0; i < 10; i++) {
    expect(await signInViaApi(request, user.email, "wrong password!", { "x-forwarded-for": `203.0.113.${i + 1}` })).toBe("CredentialsSignin");
  }
  expect(await signInViaApi(request, user.email, user.password, { "x-forwarded-for": "198.51.100.77" })).toMatch(/^Throttled:1[45]$/);
  await request.dispose();
});

test.describe("two-factor sign-in", () => {
  test("set up on /account, then sign in with a code and with a recovery code (each once)", async ({ page }) => {
    const user = await createTestUser("STAFF", "totp");
    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(/\/dashboard$/);
    const { secret, recoveryCodes, done } = await enrolTwoFactor(page);
    await done();
    await expect(page.getByText("10 unused recovery codes left.")).toBeVisible();
    await expect(page.getByText("On", { exact: true })).toBeVisible();

    await signOut(page);
    await signInViaForm(page, user.email, user.password);
    await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
    await page.getByLabel("Code").fill("000000");
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(formAlert(page)).toContainText("That code is not right.");
    // The enrolment used this period's code: the next period's is accepted, once.
    await page.getByLabel("Code").fill(await totpCode(secret, 1));
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);

    const [recoveryCode = ""] = recoveryCodes;
    for (const expected of ["signed in", "refused"] as const) {
      await signOut(page);
      await signInViaForm(page, user.email, user.password);
      await page.getByLabel("Code").fill(recoveryCode);
      await page.getByRole("button", { name: "Verify and sign in" }).click();
      if (expected === "signed in") await expect(page).toHaveURL(/\/dashboard$/);
      else await expect(formAlert(page)).toContainText("That code is not right.");
    }
  });

  test("turning it off asks for the password or a code", async ({ page }) => {
    const user = await createTestUser("STUDENT", "totp-off");
    await signIn(page, user.email, user.password);
    const { done } = await enrolTwoFactor(page);
    await done();
    await page.getByLabel("Password or code").fill("not my password at all");
    await page.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
    await expect(page.getByText("That password is not right.")).toBeVisible();
    await page.getByLabel("Password or code").fill(user.password);
    await page.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Two-factor sign-in is off." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Set up two-factor sign-in" })).toBeVisible();
  });
});

test.describe("as an admin without two-factor", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("requiring two-factor is refused until the admin has it", async ({ page }) => {
    await page.goto("/admin/settings");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await page.getByText("Require two-factor sign-in for administrators and staff").click();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(formAlert(page)).toContainText("Set up two-factor sign-in for your own account first");
    await expect(page.getByRole("checkbox", { name: "Require two-factor sign-in for administrators and staff" })).not.toBeChecked();
  });
});

test("staff and students cannot open the settings page", async ({ browser }) => {
  for (const role of ["staff", "student"] as const) {
    const context = await browser.newContext({ storageState: storageStateFor(role) });
    const page = await context.newPage();
    expect((await page.goto("/admin/settings"))?.status()).toBe(404);
    await context.close();
  }
});

test("screens: /account and the sign-in code step at 1280 and 360 px", async ({ page }) => {
  const user = await createTestUser("STAFF", "screens");
  await signIn(page, user.email, user.password);
  await page.goto("/account");
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/account-setup-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  const { done } = await enrolTwoFactor(page);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/account-codes-${width}.png`, fullPage: true });
  }
  await done();
  await page.screenshot({ path: `test-results/screens/account-on-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `test-results/screens/account-on-1280.png`, fullPage: true });
  await signOut(page);
  await signInViaForm(page, user.email, user.password);
  await page.getByLabel("Code").fill("000000");
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(formAlert(page)).toBeVisible();
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `test-results/screens/login-code-${width}.png`, fullPage: true });
  }
});
