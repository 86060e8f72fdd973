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

test("a page's description runs under its title and buttons, not beside them", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/agreements");
  const description = page.getByText("Cooperation agreements with partner institutions");
  const box = (await description.boundingBox())!;
  const button = (await page.getByRole("link", { name: "New agreement" }).boundingBox())!;
  expect(box.y).toBeGreaterThan(button.y + button.height - 1);
  expect(box.height).toBeLessThan(30);
});
