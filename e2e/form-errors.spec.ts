import { expect, test, type Locator, type Page } from "@playwright/test";
import { createAgreement } from "@/lib/seed/agreements";
import { createPartner } from "@/lib/seed/partners";
import { storageStateFor } from "./accounts";
import { anonymousContext, expectNoAxeViolations } from "./admin-helpers";
import { formAlert } from "./support/flows";
import { e2eDb } from "./support/database";

// A refused save on a long form, submitted from its Save button at the bottom: focus moves to
// the refusal at the top (error banner or conflict notice), which brings it into view and has
// screen readers read it, again on each refusal, even one that says the same.

test.use({ storageState: storageStateFor("staff") });

const unique = () => crypto.randomUUID().slice(0, 6);

/**
 * Scrolls to the end of the page, where the form's Save button is, and clicks it from there;
 * a refusal already shown is then out of view, as the reviewer saw it.
 */
async function saveFromTheBottom(page: Page, save: Locator, shown?: Locator) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(save).toBeInViewport();
  if (shown) await expect(shown).not.toBeInViewport();
  await save.click();
}

/** The refusal has focus (taken from Save) and is on screen. */
async function expectFocusedInView(refusal: Locator) {
  await expect(refusal).toBeFocused();
  await expect(refusal).toBeInViewport();
}

test("a refused partner edit focuses its error banner at the top, on each refusal", async ({ page }) => {
  const id = unique();
  const partner = await createPartner(e2eDb(), { nameEn: `Focus University ${id}` });
  await page.goto(`/partners/${partner.id}/edit`);
  const name = page.getByRole("textbox", { name: "English name" });
  const website = page.getByRole("textbox", { name: "Website" });
  const save = page.getByRole("button", { name: "Save changes" });
  const banner = formAlert(page).filter({ hasText: "Some fields need attention" });
  // Nothing is refused yet: no banner, and the page keeps focus where the browser put it.
  await expect(name).toHaveValue(`Focus University ${id}`);
  await expect(banner).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  await name.fill("");
  await website.fill("bad");
  await saveFromTheBottom(page, save);
  await expectFocusedInView(banner);
  await expect(website).toHaveValue("bad");
  await expect(website).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);
  await expectNoAxeViolations(page);

  // The same refusal again: the banner is the same, and still takes focus from Save.
  await saveFromTheBottom(page, save, banner);
  await expectFocusedInView(banner);
  await expect(website).toHaveValue("bad");

  await name.fill(`Focus University ${id}`);
  await website.fill("https://focus.example.edu");
  await saveFromTheBottom(page, save);
  await expect(page).toHaveURL(`/partners/${partner.id}`);
});

test("a refused agreement edit focuses its error banner at the top, on each refusal", async ({ page }) => {
  const agreement = await createAgreement(e2eDb(), { referenceNumber: `E2E-FOCUS-${unique().toUpperCase()}` });
  await page.goto(`/agreements/${agreement.id}/edit`);
  const title = page.getByRole("textbox", { name: "Title" });
  const save = page.getByRole("button", { name: "Save agreement" });
  const banner = formAlert(page).filter({ hasText: "Some fields need attention" });
  await expect(title).toHaveValue(agreement.title);

  await title.fill("");
  await page.getByRole("textbox", { name: "Internal notes" }).fill("Typed before the refusal");
  await saveFromTheBottom(page, save);
  await expectFocusedInView(banner);
  await expect(page.getByRole("textbox", { name: "Internal notes" })).toHaveValue("Typed before the refusal");
  await expectNoAxeViolations(page);

  await saveFromTheBottom(page, save, banner);
  await expectFocusedInView(banner);

  await title.fill("Titled again");
  await saveFromTheBottom(page, save);
  await expect(page.getByRole("heading", { level: 1, name: "Titled again" })).toBeVisible();
});

test("a save over someone else's focuses the conflict notice at the top, on each conflict", async ({ page, browser }) => {
  const id = unique();
  const partner = await createPartner(e2eDb(), { nameEn: `Contested Focus ${id}` });
  const other = await anonymousContext(browser, { storageState: storageStateFor("admin") });
  const theirPage = await other.newPage();
  /** The other officer opens the edit form and saves a new city, leaving this form out of date. */
  const saveTheirs = async (city: string) => {
    await theirPage.goto(`/partners/${partner.id}/edit`);
    await theirPage.getByRole("textbox", { name: "City" }).fill(city);
    await theirPage.getByRole("button", { name: "Save changes" }).click();
    await expect(theirPage).toHaveURL(`/partners/${partner.id}`);
  };
  await page.goto(`/partners/${partner.id}/edit`);
  const save = page.getByRole("button", { name: "Save changes" });
  const notice = formAlert(page).filter({ hasText: "Someone else saved this record after you opened it" });

  await saveTheirs("Their city");
  await page.getByRole("textbox", { name: "Notes" }).fill(`typed here ${id}`);
  await saveFromTheBottom(page, save);
  await expectFocusedInView(notice);
  await expect(notice).toContainText("Their city");
  await expect(page.getByRole("textbox", { name: "Notes" })).toHaveValue(`typed here ${id}`);
  await expectNoAxeViolations(page);

  await saveTheirs("Their second city");
  await saveFromTheBottom(page, save, notice);
  await expectFocusedInView(notice);
  await expect(notice).toContainText("Their second city");
  await other.close();
});
