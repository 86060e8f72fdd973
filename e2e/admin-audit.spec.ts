import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { chooseOption, createUserThroughUi, signedInContext, uniqueEmail } from "./admin-helpers";

test.use({ storageState: storageStateFor("admin") });
// Several sign-ins (argon2) and page loads per test: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

test("the audit log shows a user's creation and role change, and filters by action", async ({ page }) => {
  const email = uniqueEmail("audited");
  const created = await createUserThroughUi(page, { name: "Aiko Tanaka", email, role: "STUDENT", method: "password" });
  await page.goto(created.userUrl);
  await chooseOption(page, page.getByRole("button", { name: /Role/ }), /^Staff/);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();

  // From the user's page to the full history of the account in the log.
  await page.getByRole("link", { name: "Full history in the audit log" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?type=User&entity=[0-9a-f-]{36}$/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(3); // header + created + changed
  await expect(rows.nth(1)).toContainText("Changed");
  await expect(rows.nth(1)).toContainText("Alex Morgan");
  await expect(rows.nth(1)).toContainText(/Role:\s*was\s*Student\s*→?\s*now\s*Staff/);
  await expect(rows.nth(2)).toContainText("Created");
  await expect(rows.nth(2)).toContainText(email);
  await expect(rows.nth(2)).toContainText("one-time password issued");
  await expect(page.getByRole("table")).not.toContainText(created.password ?? "-");

  await chooseOption(page, page.getByRole("button", { name: /All actions/ }), "Created");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=CREATE/);
  await expect(page).toHaveURL(/entity=/);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Created");

  // The record link leads back to the user's page.
  await rows.nth(1).getByRole("link", { name: /^User/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aiko Tanaka" })).toBeVisible();
});

test("the user filter finds a person by name with the keyboard and shows only their actions", async ({ page, browser }) => {
  const email = uniqueEmail("signer");
  const name = `Signer ${crypto.randomUUID().slice(0, 6)}`;
  const created = await createUserThroughUi(page, { name, email, role: "STAFF", method: "password" });
  const { context } = await signedInContext(browser, email, created.password ?? "");
  await context.close();

  await page.goto("/admin/audit");
  const who = page.getByRole("combobox", { name: "User" });
  await who.focus();
  await page.keyboard.type(name);
  await expect(page.getByRole("option", { name: new RegExp(name) })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(who).toHaveValue(name);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\?actor=[0-9a-f-]{36}$/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Signed in");
  await expect(page.getByRole("combobox", { name: "User" })).toHaveValue(name);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("a date range with nothing in it says so, and clearing the filters brings the events back", async ({ page }) => {
  await page.goto("/admin/audit?from=2001-01-01&to=2001-01-31");
  await expect(page.getByRole("heading", { name: "No events match these filters" })).toBeVisible();
  await expect(page.getByLabel("From")).toHaveValue("2001-01-01");
  await page.getByRole("main").getByRole("link", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();
});

test("staff and students cannot open a user's page", async ({ browser }) => {
  for (const role of ["staff", "student"] as const) {
    const context = await browser.newContext({ storageState: storageStateFor(role) });
    const page = await context.newPage();
    const response = await page.goto("/admin/users/00000000-0000-7000-8000-000000000000");
    expect(response?.status()).toBe(404);
    expect((await page.goto("/admin/users/new"))?.status()).toBe(404);
    await context.close();
  }
});
