import { expect, test, type Page } from "@playwright/test";
import { decode } from "next-auth/jwt";
import { createDemoUser } from "@/lib/seed/users";
import { e2eNextauthSecret } from "@/lib/testing/e2e-server-info";
import { addIdpAccount, meridianDb, serverInfo, signInWithSso, uniqueEmail } from "./support/sso";

// Single sign-on against a real OpenID provider (oidc-provider, started by the e2e server):
// discovery, authorization code + PKCE, state, nonce and a signed ID token, through the
// provider's own sign-in page. Each test makes its own accounts on both sides.

const NOT_REGISTERED = "Your university account is not registered in Meridian. Ask the international office to add you.";
const STAFF_NAVIGATION = ["Dashboard", "Partners", "Agreements", "Exchanges", "Visits", "Experts", "Programmes"];
const STUDENT_NAVIGATION = ["Opportunities", "My applications"];

// Each test crosses two sites with full page loads, twice in some: measured up to 90 s on a
// busy shared two-core machine, far beyond the default 30 s.
test.describe.configure({ timeout: 150_000 });

const navigation = (page: Page) =>
  page.getByRole("navigation", { name: "Main navigation" }).getByRole("link");

test("a provisioned user signs in with the university account and gets the same session as with a password", async ({ page, baseURL }) => {
  const info = serverInfo(baseURL);
  const db = meridianDb(info);
  const email = uniqueEmail("sso-staff");
  const idp = await addIdpAccount(info, { email, email_verified: true, name: "Gao Yan" });
  const user = await createDemoUser(db, { email, role: "STAFF" });
  await db.userIdentity.create({ data: { userId: user.id, issuer: info.oidc.issuer, subject: idp.sub } });

  await signInWithSso(page, info, idp);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(navigation(page)).toHaveText(STAFF_NAVIGATION);

  // The session token names our user, session version and "came by SSO", nothing of the provider's.
  const cookie = (await page.context().cookies()).find((c) => c.name === "meridian.session");
  const token = await decode({ token: cookie?.value, secret: e2eNextauthSecret(info) });
  expect(Object.keys(token ?? {}).sort()).toEqual(["exp", "iat", "jti", "sub", "sv", "via"]);
  expect(token).toMatchObject({ sub: user.id, sv: 0, via: "sso" });

  const signIn = await db.auditEvent.findFirst({ where: { entityId: user.id, action: "SIGN_IN" }, select: { changes: true } });
  expect(signIn?.changes).toEqual({ method: "sso" });

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
});

test("a role change takes effect: the old session ends and the next sign-in has the new role", async ({ page, baseURL }) => {
  const info = serverInfo(baseURL);
  const db = meridianDb(info);
  const idp = await addIdpAccount(info, { email: uniqueEmail("sso-promoted"), email_verified: true });
  const user = await createDemoUser(db, { email: idp.email as string, role: "STUDENT" });
  await db.userIdentity.create({ data: { userId: user.id, issuer: info.oidc.issuer, subject: idp.sub } });

  await signInWithSso(page, info, idp);
  await expect(page).toHaveURL(/\/opportunities$/);
  await expect(navigation(page)).toHaveText(STUDENT_NAVIGATION);

  // What the admin's role change does: new role, new session version.
  await db.user.update({ where: { id: user.id }, data: { role: "STAFF", sessionVersion: { increment: 1 } } });
  await page.goto("/opportunities");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fopportunities/);

  // Still signed in at the provider: the button brings the user straight back, as staff now.
  await page.goto("/login");
  await page.getByRole("button", { name: info.oidc.buttonLabel }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(navigation(page)).toHaveText(STAFF_NAVIGATION);
});

test.describe("first sign-in of a user without an identity yet", () => {
  test("links by verified email when the admin allowed it, once", async ({ page, baseURL }) => {
    const info = serverInfo(baseURL);
    const db = meridianDb(info);
    const email = uniqueEmail("sso-link");
    const user = await createDemoUser(db, { email, role: "STAFF" });
    await db.user.update({ where: { id: user.id }, data: { ssoLinkAllowed: true } });
    const idp = await addIdpAccount(info, { email, email_verified: true });

    await signInWithSso(page, info, idp);
    await expect(page).toHaveURL(/\/dashboard$/);
    const saved = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { ssoLinkAllowed: true, identities: { select: { issuer: true, subject: true } } },
    });
    expect(saved).toEqual({ ssoLinkAllowed: false, identities: [{ issuer: info.oidc.issuer, subject: idp.sub }] });
  });

  test("is refused when the admin did not allow linking", async ({ page, baseURL }) => {
    const info = serverInfo(baseURL);
    const db = meridianDb(info);
    const email = uniqueEmail("sso-nolink");
    const user = await createDemoUser(db, { email, role: "STAFF" });
    const idp = await addIdpAccount(info, { email, email_verified: true });

    await signInWithSso(page, info, idp);
    await expect(page).toHaveURL(/\/login\?error=SsoNotRegistered$/);
    await expect(page.getByRole("alert").filter({ hasText: NOT_REGISTERED })).toBeVisible();
    expect(await db.userIdentity.count({ where: { userId: user.id } })).toBe(0);
    // The password form is still there.
    await expect(page.getByLabel("Email")).toBeVisible();
  });

  test("is refused when the provider has not verified the email, and the allowance stays", async ({ page, baseURL }) => {
    const info = serverInfo(baseURL);
    const db = meridianDb(info);
    const email = uniqueEmail("sso-unverified");
    const user = await createDemoUser(db, { email, role: "STAFF" });
    await db.user.update({ where: { id: user.id }, data: { ssoLinkAllowed: true } });
    const idp = await addIdpAccount(info, { email, email_verified: false });

    await signInWithSso(page, info, idp);
    await expect(page.getByRole("alert").filter({ hasText: NOT_REGISTERED })).toBeVisible();
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { ssoLinkAllowed: true, identities: true } });
    expect(saved).toEqual({ ssoLinkAllowed: true, identities: [] });
  });
});

test("a verified email of the student domain creates a student on first sign-in", async ({ page, baseURL }) => {
  const info = serverInfo(baseURL);
  const db = meridianDb(info);
  const email = uniqueEmail("new.student", info.oidc.studentDomain);
  const idp = await addIdpAccount(info, { email, email_verified: true, name: "Zhang Xiaoming" });

  await signInWithSso(page, info, idp);
  await expect(page).toHaveURL(/\/opportunities$/);
  await expect(navigation(page)).toHaveText(STUDENT_NAVIGATION);
  const created = await db.user.findUniqueOrThrow({ where: { email }, select: { name: true, role: true, passwordHash: true } });
  expect(created).toEqual({ name: "Zhang Xiaoming", role: "STUDENT", passwordHash: null });
});

test("someone unknown to Meridian is refused with a clear message", async ({ page, baseURL }) => {
  const info = serverInfo(baseURL);
  const db = meridianDb(info);
  const email = uniqueEmail("stranger", "example.org");
  const idp = await addIdpAccount(info, { email, email_verified: true });

  await signInWithSso(page, info, idp);
  await expect(page.getByRole("alert").filter({ hasText: NOT_REGISTERED })).toBeVisible();
  expect(await db.user.count({ where: { email } })).toBe(0);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("a disabled user is refused", async ({ page, baseURL }) => {
  const info = serverInfo(baseURL);
  const db = meridianDb(info);
  const idp = await addIdpAccount(info, { email: uniqueEmail("sso-disabled"), email_verified: true });
  const user = await createDemoUser(db, { email: idp.email as string, role: "STAFF" });
  await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
  await db.userIdentity.create({ data: { userId: user.id, issuer: info.oidc.issuer, subject: idp.sub } });

  await signInWithSso(page, info, idp);
  await expect(page).toHaveURL(/\/login\?error=SsoDisabled$/);
  await expect(page.getByRole("alert").filter({ hasText: "Your Meridian account is disabled" })).toBeVisible();
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("meridian.session");
});
