import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { chooseOption } from "./admin-helpers";

// The admin screens in Simplified Chinese: the browser asks for Chinese, and the demo admin
// has no saved language, so the pages follow the browser.
test.use({ storageState: storageStateFor("admin"), locale: "zh-CN" });
test.describe.configure({ timeout: 90_000 });

test("the users list, a user's page and the audit log speak Chinese", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("用户");
  await chooseOption(page, page.getByRole("button", { name: /全部角色/ }), "管理员");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/role=ADMIN/);
  const row = page.getByRole("row", { name: /Alex Morgan/ });
  await expect(row).toContainText("管理员");
  await expect(page.getByRole("columnheader", { name: "角色" })).toBeVisible();

  await row.getByRole("link", { name: "Alex Morgan" }).click();
  await expect(page.getByRole("heading", { name: "访问权限" })).toBeVisible();
  await expect(page.getByText("这是唯一启用中的管理员")).toBeVisible();
  await expect(page.getByRole("heading", { name: "此账号的变更历史" })).toBeVisible();

  await page.goto("/admin/audit?action=SIGN_IN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("审计日志");
  await expect(page.getByRole("columnheader", { name: "时间（UTC）" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("登录");

  await page.goto("/admin/users/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新建用户");
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByText("此项为必填项。").first()).toBeVisible();
});
