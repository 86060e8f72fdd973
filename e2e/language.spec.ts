import { expect, test } from "@playwright/test";
import { settingsTester } from "./accounts";

test("the sign-in page follows the browser's language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录 Meridian");
  await context.close();
});

test.describe("signed in as staff", () => {
  test.use({ storageState: settingsTester.storageState, locale: "en-GB" });

  test("the language switch changes the page to Chinese and back, and is remembered", async ({ page }) => {
    await page.goto("/partners");
    const navigation = page.getByRole("navigation", { name: "Main navigation" });
    await expect(navigation.getByRole("link", { name: "Partners" })).toBeVisible();

    await page.getByRole("button", { name: "中文" }).first().click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("合作伙伴");
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "合作协议" })).toBeVisible();
    await expect(page).toHaveURL(/\/partners$/);

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("合作伙伴");

    await page.getByRole("button", { name: "English" }).first().click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partners");
  });
});
