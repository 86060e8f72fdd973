import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createAgreement } from "@/lib/seed/agreements";
import { createPartner } from "@/lib/seed/partners";
import { storageStateFor } from "./accounts";
import { chooseOption, createUserThroughUi, expectNoAxeViolations, signedInContext, uniqueEmail } from "./admin-helpers";
import { e2eDb } from "./support/database";

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

  // The record reads by the person's name and email, and leads back to their page.
  await expect(page.getByText("Only the events of Aiko Tanaka")).toBeVisible();
  await expect(rows.nth(1)).toContainText(`User · ${email}`);
  await rows.nth(1).getByRole("link", { name: "Aiko Tanaka" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aiko Tanaka" })).toBeVisible();
});

test("the user filter finds a person by name with the keyboard and shows only their actions", async ({ page, browser, baseURL }) => {
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
  // How they signed in, in words: not the code the sign-in recorded.
  await expect(rows.nth(1)).toContainText(/Sign-in method:\s*Password/);
  await expect(rows.nth(1)).not.toContainText(/\bpassword\b/);
  await expect(page.getByRole("combobox", { name: "User" })).toHaveValue(name);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // The same in Chinese.
  const zh = await browser.newContext({ storageState: storageStateFor("admin"), locale: "zh-CN" });
  await zh.addCookies([{ name: "meridian.locale", value: "zh", url: baseURL }]);
  const zhPage = await zh.newPage();
  await zhPage.goto(page.url());
  await expect(zhPage.getByRole("table").getByRole("row").nth(1)).toContainText(/登录方式:\s*密码/);
  await zh.close();
});

test("partners and agreements read by name and reference number, linking to their pages", async ({ page }) => {
  const id = crypto.randomUUID().slice(0, 6).toUpperCase();
  const partner = await createPartner(e2eDb(), { nameEn: `Audited College ${id}`, city: "Berlin" });
  const agreement = await createAgreement(e2eDb(), { referenceNumber: `AUD-${id}`, title: `Audited exchange ${id}`, kind: "STUDENT_EXCHANGE", partnerIds: [partner.id] });

  await page.goto(`/partners/${partner.id}/edit`);
  await page.getByRole("textbox", { name: "City" }).fill("Leipzig");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/partners/${partner.id}`);
  await page.goto(`/admin/audit?type=Partner&entity=${partner.id}`);
  await expect(page.getByText(`Only the events of ${partner.nameEn}`)).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Changed");
  await expect(rows.nth(1)).toContainText(/City:\s*was\s*Berlin\s*→?\s*now\s*Leipzig/);
  await expect(rows.nth(1).getByRole("link", { name: partner.nameEn })).toHaveAttribute("href", `/partners/${partner.id}`);
  await expect(page.getByRole("table")).not.toContainText(partner.id.slice(0, 8));
  await expectNoAxeViolations(page);

  await page.goto(`/agreements/${agreement.id}/edit`);
  await page.getByRole("textbox", { name: "Title" }).fill(`Audited exchange ${id}, renamed`);
  await page.getByRole("button", { name: "Save agreement" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.goto(`/admin/audit?type=Agreement&entity=${agreement.id}`);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(`Agreement · Audited exchange ${id}, renamed`);
  await expect(rows.nth(1)).toContainText(new RegExp(`Title:\\s*was\\s*Audited exchange ${id}\\s*→?\\s*now\\s*Audited exchange ${id}, renamed`));
  const reference = rows.nth(1).getByRole("link", { name: `AUD-${id}` });
  await expect(reference).toHaveAttribute("href", `/agreements/${agreement.id}`);
  await reference.click();
  await expect(page.getByRole("heading", { level: 1, name: `Audited exchange ${id}, renamed` })).toBeVisible();
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
