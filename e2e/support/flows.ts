import { expect as baseExpect, type APIRequestContext, type Page } from "@playwright/test";

// Sign-in runs argon2 and these flows sign in often: a loaded machine needs more than 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });
import { generate } from "otplib";

/** Submits the sign-in form (the outcome is for the caller to check). */
export async function signInViaForm(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the form and waits until the browser has left the sign-in page. */
export async function signIn(page: Page, email: string, password: string) {
  await signInViaForm(page, email, password);
  await expect(page).not.toHaveURL(/\/login/);
}

/** The form's message (Next's route announcer is an empty role="alert" outside <main>). */
export const formAlert = (page: Page) => page.locator("main").getByRole("alert");

/** Signs in through next-auth's endpoints; the error code on failure, else null. */
export async function signInViaApi(request: APIRequestContext, email: string, password: string, headers: Record<string, string> = {}) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers,
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error");
}

/** The TOTP code `stepsAhead` periods from now (the current one may already be used). */
export function totpCode(secret: string, stepsAhead = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}

/** On /account: sets up two-factor with the key shown on the page; returns it and the recovery codes. */
export async function enrolTwoFactor(page: Page) {
  await page.goto("/account");
  const setUp = page.getByRole("button", { name: "Set up two-factor sign-in" });
  // Unless a setup is already under way (the QR code is showing).
  if (await setUp.isVisible()) await setUp.click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s+/g, "");
  await page.getByLabel("Code from the app").fill(await totpCode(secret));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const list = page.getByRole("list", { name: "Your recovery codes" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  const recoveryCodes = await list.getByRole("listitem").allTextContents();
  return { secret, recoveryCodes, done: () => page.getByRole("button", { name: "I have saved my recovery codes" }).click() };
}

export async function signOut(page: Page) {
  const menu = page.getByRole("button", { name: "Open menu" });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole("button", { name: "Sign out", exact: true }).first().click();
  await expect(page).toHaveURL(/\/login/);
}
