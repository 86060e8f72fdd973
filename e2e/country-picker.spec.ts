import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { e2eDb } from "./support/database";

// The partner form's country box (components/combobox.tsx over lib/partners/countries.ts):
// a country typed out in full stays chosen however the box is left, names that start with
// the text come first, and codes and the other language's names find a country too.

test.use({ storageState: storageStateFor("staff") });

const unique = () => crypto.randomUUID().slice(0, 6);

/** The country box of a new partner, once the page has hydrated enough for typing to open its list. */
async function openCountryBox(page: Page, label = "Country or region"): Promise<Locator> {
  await page.goto("/partners/new");
  const box = page.getByRole("combobox", { name: label });
  await expect(async () => {
    // Text typed before hydration stays in the box: a change to the same text would open nothing.
    await box.fill("");
    await box.fill("a");
    await expect(page.getByRole("listbox")).toBeVisible({ timeout: 2_000 });
  }).toPass();
  // Closed again: while the list is open, react-aria hides the rest of the page from the accessibility tree.
  await box.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
  await expect(box).toHaveValue("");
  return box;
}

const chosenCountry = (page: Page) => page.locator('input[type="hidden"][name="country"]');
// A click elsewhere, by name attribute: while the list is open the field has no accessible role.
const clickCity = (page: Page) => page.locator('input[name="city"]').click();

test("a country typed in full and left with Tab stays chosen, and the partner saves with it", async ({ page }) => {
  const name = `Typed Country University ${unique()}`;
  const box = await openCountryBox(page);
  await page.getByRole("textbox", { name: "English name" }).fill(name);
  await box.pressSequentially("Germany");
  await expect(page.getByRole("option", { name: "Germany" })).toBeVisible();
  await box.press("Tab");
  await expect(box).toHaveValue("Germany");
  await expect(chosenCountry(page)).toHaveValue("DE");

  await page.getByRole("button", { name: "Create partner" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  expect((await e2eDb().partner.findFirstOrThrow({ where: { nameEn: name } })).country).toBe("DE");
});

test("Enter, or a click elsewhere, chooses the country the text names or alone finds", async ({ page }) => {
  const box = await openCountryBox(page);
  await box.pressSequentially("germany");
  await box.press("Enter");
  await expect(box).toHaveValue("Germany");
  await expect(chosenCountry(page)).toHaveValue("DE");

  await box.fill("");
  await box.pressSequentially("Austr");
  await expect(page.getByRole("option")).toHaveText(["Australia", "Austria"]);
  // Two countries found: nothing is guessed, the box goes back to empty as before.
  await clickCity(page);
  await expect(box).toHaveValue("");
  await expect(chosenCountry(page)).toHaveValue("");

  await box.pressSequentially("Switz");
  await expect(page.getByRole("option", { name: "Switzerland" })).toBeVisible();
  await clickCity(page);
  await expect(box).toHaveValue("Switzerland");
  await expect(chosenCountry(page)).toHaveValue("CH");
});

test("names that start with the text come first: Nether, ArrowDown, Enter is the Netherlands", async ({ page }) => {
  const box = await openCountryBox(page);
  await box.pressSequentially("Nether");
  await expect(page.getByRole("option")).toHaveText(["Netherlands", "Caribbean Netherlands"]);
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(box).toHaveValue("Netherlands");
  await expect(chosenCountry(page)).toHaveValue("NL");

  // Opened by an arrow key, the list still shows every country in its usual order.
  await box.press("ArrowDown");
  await expect(page.getByRole("option").first()).toHaveText("Afghanistan");
  await expect(page.getByRole("option")).toHaveCount(249);
});

test("an ISO code finds its country, and UK the United Kingdom", async ({ page }) => {
  const box = await openCountryBox(page);
  await box.pressSequentially("de");
  await expect(page.getByRole("option", { name: "Germany" })).toBeVisible();
  await box.fill("");
  await box.pressSequentially("UK");
  await expect(page.getByRole("option", { name: "United Kingdom" })).toBeVisible();
  await page.getByRole("option", { name: "United Kingdom" }).click();
  await expect(chosenCountry(page)).toHaveValue("GB");
});

test("in Chinese, a country's English name finds it and, typed in full, chooses it", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "meridian.locale", value: "zh", url: baseURL ?? "" }]);
  const box = await openCountryBox(page, "国家或地区");
  await box.pressSequentially("Germany");
  await expect(page.getByRole("option")).toHaveText(["德国"]);
  await box.press("Tab");
  await expect(box).toHaveValue("德国");
  await expect(chosenCountry(page)).toHaveValue("DE");
});
