import { expect, test, type Page } from "@playwright/test";
import { createPartner } from "@/lib/seed/partners";
import { storageStateFor } from "./accounts";
import { e2eDb } from "./support/database";

test.use({ storageState: storageStateFor("staff") });

const rowNames = (page: Page) =>
  page.getByRole("table", { name: "Partners" }).locator("tbody th").allInnerTexts();

test("search finds partial and native-script names, and the URL keeps the view", async ({ page }) => {
  await page.goto("/partners");
  await page.getByRole("searchbox", { name: "Search" }).fill("münchen");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/partners\?q=m%C3%BCnchen$/);
  await expect(page.getByRole("table", { name: "Partners" }).locator("tbody tr")).toHaveCount(1);
  expect((await rowNames(page))[0]).toContain("Technical University of Munich");

  // The same address shows the same view to anyone who opens it.
  await page.goto("/partners?q=%E6%B8%85%E5%8D%8E");
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("清华");
});

test("search finds a name written in the other Chinese script", async ({ page }) => {
  const tag = crypto.randomUUID().slice(0, 8);
  await createPartner(e2eDb(), { nameEn: `National Taiwan University ${tag}`, nameNative: `國立臺灣大學 ${tag}`, country: "TW", city: "Taipei" });
  await page.goto("/partners");
  await page.getByRole("searchbox", { name: "Search" }).fill(`台湾大学 ${tag}`);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("table", { name: "Partners" }).locator("tbody tr")).toHaveCount(1);
  expect(await rowNames(page)).toEqual([expect.stringContaining(`National Taiwan University ${tag}`)]);
});

test("filters narrow the list, show their count, and clear", async ({ page }) => {
  await page.goto("/partners");
  await page.getByText("Filters", { exact: true }).click();
  await page.getByLabel("Country or region", { exact: true }).selectOption({ label: "Germany" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/country=DE/);
  await expect(page.getByRole("heading", { level: 1, name: "Partners" })).toBeVisible();
  const countries = await page.getByRole("table", { name: "Partners" }).locator("tbody td:nth-child(2)").allInnerTexts();
  expect(countries.length).toBeGreaterThan(0);
  expect(new Set(countries)).toEqual(new Set(["Germany"]));

  await page.goto("/partners?q=zzzz-no-such-partner");
  await expect(page.getByRole("heading", { name: "No partner matches these filters" })).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).last().click();
  await expect(page).toHaveURL(/\/partners$/);
});

test("sorting by country orders countries by their names in the reader's language", async ({ page }) => {
  await page.goto("/partners?sort=country");
  const countries = await page.getByRole("table", { name: "Partners" }).locator("tbody td:nth-child(2)").allInnerTexts();
  expect(countries.length).toBeGreaterThan(5);
  const distinct = countries.filter((country, i) => country !== countries[i - 1]);
  expect(distinct).toEqual([...distinct].sort((a, b) => a.localeCompare(b, "en")));
  expect(new Set(distinct).size).toBe(distinct.length);
});

test("pages forward and back through the whole list", async ({ page }) => {
  await page.goto("/partners");
  const first = await rowNames(page);
  expect(first).toHaveLength(50);
  await page.getByRole("navigation", { name: "Partner pages" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/after=/);
  const second = await rowNames(page);
  expect(second.length).toBeGreaterThan(0);
  expect(second.some((name) => first.includes(name))).toBe(false);
  await page.getByRole("navigation", { name: "Partner pages" }).getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(/before=/);
  expect(await rowNames(page)).toEqual(first);
});

test("a row's link opens the partner within the app, by mouse and by keyboard", async ({ page }) => {
  await page.goto("/partners?q=m%C3%BCnchen");
  // A full page load would drop this marker; navigating within the app keeps it.
  await page.evaluate(() => Object.assign(window, { stayedInApp: true }));
  const table = page.getByRole("table", { name: "Partners" });
  await table.getByRole("link", { name: "Technical University of Munich" }).click();
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: /Technical University of Munich/ })).toBeVisible();
  expect(await page.evaluate(() => "stayedInApp" in window)).toBe(true);

  await page.goBack();
  await table.getByRole("link", { name: "Technical University of Munich" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  expect(await page.evaluate(() => "stayedInApp" in window)).toBe(true);
});

test("an edited URL gives a list, never an error: NUL in the search, forged page cursors", async ({ page }) => {
  const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString("base64url");
  const response = await page.goto("/partners?q=Mu%00nich");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/partners\?q=Munich$/);
  for (const path of [
    `/partners?after=${forged(["a\u0000b", "not-a-uuid"])}`,
    `/partners?sort=agreements&before=${forged([1.5, "x", crypto.randomUUID()])}`,
    `/agreements?sort=expires&after=${forged(["2026-02-30", crypto.randomUUID()])}`,
    `/agreements?q=%00&after=${forged(["yesterday", crypto.randomUUID()])}`,
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.getByRole("table")).toBeVisible();
  }
});

test("the list scrolls with the page, not in a box of its own, on a laptop and on a phone", async ({ page }) => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 780 }]) {
    await page.setViewportSize(viewport);
    await page.goto("/partners");
    const rows = page.getByRole("table", { name: "Partners" }).locator("tbody tr");
    await expect(rows).toHaveCount(50);
    // The table's frame has no height of its own and nothing to scroll up and down: the page does.
    const frame = await page.getByRole("table", { name: "Partners" }).evaluate((table) => {
      const box = table.parentElement as HTMLElement;
      return { maxHeight: getComputedStyle(box).maxHeight, scrollHeight: box.scrollHeight, clientHeight: box.clientHeight };
    });
    expect(frame.maxHeight, `${viewport.width} px`).toBe("none");
    expect(frame.scrollHeight, `${viewport.width} px`).toBeLessThanOrEqual(frame.clientHeight + 1);
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight > window.innerHeight * 3)).toBe(true);
    // Scrolling the page alone, to its end, brings the page's last row and the pager into view.
    await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
    const last = await rows.last().boundingBox();
    expect(last, `${viewport.width} px`).not.toBeNull();
    expect(last!.y, `${viewport.width} px`).toBeGreaterThanOrEqual(0);
    expect(last!.y + last!.height, `${viewport.width} px`).toBeLessThanOrEqual(viewport.height);
    await expect(page.getByRole("navigation", { name: "Partner pages" }).getByRole("link", { name: "Next" })).toBeInViewport();
  }
});
