import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { anonymousContext, chooseOption, createUserThroughUi, expectNoAxeViolations, signedInContext, signInThroughForm, uniqueEmail } from "./admin-helpers";

// The admin's user screens. Every test creates its own users and none changes the demo
// accounts. The last-admin screen is in last-admin.serial.spec.ts: other specs create admins.

test.use({ storageState: storageStateFor("admin") });
// Several sign-ins (argon2) and page loads per test: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });


test("an admin creates a user with a one-time password, who then signs in", async ({ page, browser }) => {
  const email = uniqueEmail("otp");
  const created = await createUserThroughUi(page, { name: "Olga Petrova", email, role: "STAFF", method: "password" });
  expect(created.password).toMatch(/^[A-Za-z0-9]{20}$/);

  const fresh = await anonymousContext(browser);
  const theirPage = await fresh.newPage();
  await signInThroughForm(theirPage, email, created.password ?? "");
  await expect(theirPage).toHaveURL(/\/dashboard$/);
  await expect(theirPage.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Partners" })).toBeVisible();
  await fresh.close();

  // The list finds them by part of the email, with their role and status.
  await page.goto(`/admin/users?q=${encodeURIComponent(email.split("@")[0] ?? "")}`);
  const row = page.getByRole("row", { name: /Olga Petrova/ });
  await expect(row).toContainText("Staff");
  await expect(page.getByText("1 user", { exact: true })).toBeVisible();
});

test("an invitation link lets the invitee choose a password once, then says it was used", async ({ page, browser }) => {
  const email = uniqueEmail("invitee");
  const created = await createUserThroughUi(page, { name: "Ines Duarte", email, role: "STUDENT", method: "invitation" });
  expect(created.link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const linkPath = new URL(created.link ?? "").pathname;

  const fresh = await anonymousContext(browser);
  const invitee = await fresh.newPage();
  await invitee.goto(linkPath);
  await expect(invitee.getByRole("heading", { name: "Set your password" })).toBeVisible();
  await expect(invitee.getByText(`Choose a password for ${email}`)).toBeVisible();
  await invitee.getByLabel("New password").fill("too short");
  await invitee.getByLabel("Repeat the password").fill("too short");
  await invitee.getByRole("button", { name: "Set password" }).click();
  await expect(invitee.getByText("The password needs at least 12 characters.")).toBeVisible();
  await invitee.getByLabel("New password").fill("lantern harbour copper 42");
  await invitee.getByLabel("Repeat the password").fill("lantern harbour copper 24");
  await invitee.getByRole("button", { name: "Set password" }).click();
  await expect(invitee.getByText("The two passwords are not the same.")).toBeVisible();
  await invitee.getByLabel("New password").fill("lantern harbour copper 42");
  await invitee.getByLabel("Repeat the password").fill("lantern harbour copper 42");
  await invitee.getByRole("button", { name: "Set password" }).click();
  await expect(invitee.getByText("Your password is set")).toBeVisible();

  await invitee.getByRole("link", { name: "Go to sign-in" }).click();
  await signInThroughForm(invitee, email, "lantern harbour copper 42");
  await expect(invitee).toHaveURL(/\/opportunities$/);

  const again = await anonymousContext(browser);
  const second = await again.newPage();
  await second.goto(linkPath);
  await expect(second.getByRole("heading", { name: "This invitation has already been used" })).toBeVisible();
  await second.goto("/invite/not-a-real-token");
  await expect(second.getByRole("heading", { name: "This invitation link does not work" })).toBeVisible();
  await expectNoAxeViolations(second);
  await fresh.close();
  await again.close();
});

test("changing a role ends the user's sessions: a cookie saved before is refused", async ({ page, browser }) => {
  const email = uniqueEmail("role");
  const created = await createUserThroughUi(page, { name: "Ravi Kumar", email, role: "STUDENT", method: "password" });
  const { context, state } = await signedInContext(browser, email, created.password ?? "");
  const before = await context.newPage();
  await before.goto("/opportunities");
  await expect(before.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(before).toHaveURL(/\/opportunities$/);
  await context.close();

  await page.goto(created.userUrl);
  await chooseOption(page, page.getByRole("button", { name: /Role/ }), /^Staff/);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  await expect(page.locator("header").getByText("Staff", { exact: true })).toBeVisible();

  const stale = await anonymousContext(browser, { storageState: state });
  const after = await stale.newPage();
  await after.goto("/opportunities");
  await expect(after).toHaveURL(/\/login\?callbackUrl=/);
  await stale.close();

  // The change is in the account's history with its before and after.
  await expect(page.getByRole("list", { name: "History" }).getByText("Changed")).toBeVisible();
  await expect(page.getByRole("list", { name: "History" })).toContainText(/Role:\s*was\s*Student\s*→?\s*now\s*Staff/);
});

test("disabling a user signs them out and stops sign-in; enabling lets them back", async ({ page, browser }) => {
  const email = uniqueEmail("disable");
  const created = await createUserThroughUi(page, { name: "Dana Novak", email, role: "STAFF", method: "password" });
  const { context, state } = await signedInContext(browser, email, created.password ?? "");
  await context.close();

  await page.goto(created.userUrl);
  await page.getByRole("button", { name: "Disable account" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Disable the account of Dana Novak?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Account disabled. They have been signed out." })).toBeVisible();
  await expect(page.locator("header").getByText("Disabled", { exact: true })).toBeVisible();

  const stale = await anonymousContext(browser, { storageState: state });
  const after = await stale.newPage();
  await after.goto("/dashboard");
  await expect(after).toHaveURL(/\/login\?callbackUrl=/);
  await signInThroughForm(after, email, created.password ?? "");
  await expect(after.getByRole("alert").filter({ hasText: "The email or password is incorrect" })).toBeVisible();

  await page.getByRole("button", { name: "Enable account" }).click();
  await page.getByRole("dialog", { name: "Enable account" }).getByRole("button", { name: "Enable account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Account enabled." })).toBeVisible();
  await signInThroughForm(after, email, created.password ?? "");
  await expect(after).toHaveURL(/\/dashboard$/);
  await stale.close();
});

test("ending sessions and resetting the password sign the user out; the new password works", async ({ page, browser }) => {
  const email = uniqueEmail("reset");
  const created = await createUserThroughUi(page, { name: "Sven Berg", email, role: "STAFF", method: "password" });
  const first = await signedInContext(browser, email, created.password ?? "");
  await first.context.close();

  await page.goto(created.userUrl);
  await page.getByRole("button", { name: "End all sessions" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End all sessions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All sessions ended." })).toBeVisible();
  const stale = await anonymousContext(browser, { storageState: first.state });
  const after = await stale.newPage();
  await after.goto("/dashboard");
  await expect(after).toHaveURL(/\/login/);

  await page.getByRole("button", { name: "Reset password" }).click();
  const dialog = page.getByRole("dialog", { name: "Reset the password of Sven Berg" });
  await dialog.getByRole("radio", { name: /One-time password/ }).check();
  await dialog.getByRole("button", { name: "Reset password" }).click();
  const password = await dialog.getByRole("textbox", { name: "One-time password" }).inputValue();
  expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
  await dialog.getByRole("button", { name: "Done" }).click();

  await signInThroughForm(after, email, created.password ?? "");
  await expect(after.getByRole("alert").filter({ hasText: "The email or password is incorrect" })).toBeVisible();
  await signInThroughForm(after, email, password);
  await expect(after).toHaveURL(/\/dashboard$/);
  await stale.close();
});

test("a user can be created with the keyboard alone", async ({ page }) => {
  const email = uniqueEmail("keys");
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "New user" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/users\/new$/);
  await page.getByRole("textbox", { name: "Full name" }).focus();
  await page.keyboard.type("Kim Keyboard");
  await page.keyboard.press("Tab");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /Role/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("listbox")).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /Role/ })).toContainText("Student");
  // The list closes with an animation and then gives focus back to its button, as a user sees.
  await expect(page.getByRole("listbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Role/ })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: /Invitation link/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /One-time password/ })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: /single sign-on/ })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Create user" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("User created")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "One-time password" })).toHaveValue(/^[A-Za-z0-9]{20}$/);
});

test("a duplicate email is refused next to the field, keeping what was typed", async ({ page }) => {
  await page.goto("/admin/users/new");
  await page.getByRole("textbox", { name: "Full name" }).fill("Second Staff");
  await page.getByRole("textbox", { name: "Email" }).fill("STAFF@example.edu");
  await chooseOption(page, page.getByRole("button", { name: /Role/ }), /^Staff/);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("A user with this email already exists.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Full name" })).toHaveValue("Second Staff");
  await expect(page.getByRole("button", { name: /Role/ })).toContainText("Staff");
});

test("the list filters by role, status and two-factor, keeps them in the URL, and says when nothing matches", async ({ page }) => {
  await page.goto("/admin/users");
  await chooseOption(page, page.getByRole("button", { name: /All roles/ }), "Student");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/admin\/users\?role=STUDENT$/);
  await expect(page.getByRole("row", { name: /Sam Taylor/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Alex Morgan/ })).toHaveCount(0);

  await page.getByRole("searchbox", { name: "Search" }).fill(`nobody-${crypto.randomUUID()}`);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("heading", { name: "No users match these filters" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("row", { name: /Alex Morgan/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("two admins edit one user: the second save is refused with what changed, keeps what was typed, and saves on purpose", async ({ page, browser }) => {
  const email = uniqueEmail("conflict");
  const created = await createUserThroughUi(page, { name: "Hana Sato", email, role: "STAFF", method: "invitation" });
  const other = await anonymousContext(browser, { storageState: storageStateFor("admin") });
  const theirPage = await other.newPage();
  await theirPage.goto(created.userUrl);
  await page.goto(created.userUrl);

  await theirPage.getByRole("textbox", { name: "Full name" }).fill("Hana Sato-Ito");
  await theirPage.getByRole("button", { name: "Save changes" }).click();
  await expect(theirPage.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  await other.close();

  await page.getByRole("textbox", { name: "Full name" }).fill("Hana S.");
  await page.getByRole("button", { name: "Save changes" }).click();
  const notice = page.getByRole("alert").filter({ hasText: "Someone else saved this record after you opened it" });
  await expect(notice).toContainText("Alex Morgan saved it on");
  await expect(notice).toContainText(/Full name\s*Hana Sato-Ito/);
  await expect(page.getByRole("textbox", { name: "Full name" })).toHaveValue("Hana S.");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Hana S." })).toBeVisible();
});
