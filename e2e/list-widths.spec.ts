import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";

// The lists at the widths staff use, from a phone to a laptop: every column shown fits beside
// the sidebar, so nothing hides off the table's right edge, and the page's description is
// not folded into a narrow column by the header's buttons.
test.use({ storageState: storageStateFor("admin") });

const LISTS = [
  ["/partners", "Partners"],
  ["/agreements", "Agreements"],
  ["/admin/audit", "Audit events, newest first"],
] as const;

for (const [path, caption] of LISTS) {
  test(`${path} fits its table at 360, 768, 1024 and 1280 px`, async ({ page }) => {
    for (const width of [360, 768, 1024, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const table = page.getByRole("table", { name: caption });
      await expect(table.locator("tbody tr").first()).toBeVisible();
      const overflow = await table.evaluate((element) => {
        const frame = element.parentElement!;
        return frame.scrollWidth - frame.clientWidth;
      });
      expect(overflow, `${width} px`).toBeLessThanOrEqual(1);
    }
  });
}

test("the import's reports of bad rows and of rows left out fit a phone as cards and a laptop as a table, in both languages", async ({ page, context, baseURL }) => {
  const tag = crypto.randomUUID().slice(0, 8);
  const lines = [`Nowhere University of Applied Sciences and Long Names ${tag},Atlantis`, `,France`, `Good ${tag},DE`, `Narnia University ${tag},Narnia`, `good ${tag},Germany`];
  const file = { name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(["Name,Country", ...lines].join("\n")) };
  for (const locale of ["en", "zh"]) {
    await context.addCookies([{ name: "meridian.locale", value: locale, url: baseURL! }]);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/partners/import");
      await page.locator("#import-file").setInputFiles(file);
      await expect(page.locator("#map-nameEn")).toHaveValue("0");
      await page.getByRole("button", { name: locale === "en" ? "Check all rows" : "检查所有行" }).click();
      await page.getByText(locale === "en" ? "Show the rows left out" : "显示未导入的行").click();
      const reports = [
        { caption: locale === "en" ? "Rows that cannot be imported" : "无法导入的行", count: 3 },
        { caption: locale === "en" ? "Rows left out" : "未导入的行", count: 1 },
      ];
      for (const { caption, count } of reports) {
        // A phone gets a list of cards, a laptop the table: one of them is shown, with every row.
        const report = width < 768 ? page.getByRole("list", { name: caption }) : page.getByRole("table", { name: caption });
        await expect(report.locator(width < 768 ? "li" : "tbody tr")).toHaveCount(count);
        const overflow = await report.evaluate((element) => {
          const frame = element.tagName === "TABLE" ? element.parentElement! : element;
          return { frame: frame.scrollWidth - frame.clientWidth, page: document.documentElement.scrollWidth - document.documentElement.clientWidth };
        });
        expect(overflow, `${caption} at ${width} px`).toEqual({ frame: 0, page: 0 });
      }
    }
  }
});

test("a page's description runs under its title and buttons, not beside them", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/agreements");
  const description = page.getByText("Cooperation agreements with partner institutions");
  const box = (await description.boundingBox())!;
  const button = (await page.getByRole("link", { name: "New agreement" }).boundingBox())!;
  expect(box.y).toBeGreaterThan(button.y + button.height - 1);
  expect(box.height).toBeLessThan(30);
});
