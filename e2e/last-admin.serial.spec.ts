import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { expectNoAxeViolations } from "./admin-helpers";
import { closeE2eDatabase, e2eDb } from "./support/database";

// "The only active administrator" is a fact about the whole database, and other specs create
// administrators of their own. So this runs in the "global-settings" project, one spec at a
// time after all others, and first disables the admins those specs left behind.

test.use({ storageState: storageStateFor("admin") });
test.describe.configure({ timeout: 90_000 });

test.afterAll(closeE2eDatabase);

test("the only active administrator cannot be demoted or disabled, and the page says why", async ({ page }) => {
  await e2eDb().user.updateMany({
    where: { role: "ADMIN", disabledAt: null, email: { not: "admin@example.edu" } },
    data: { disabledAt: new Date() },
  });
  await page.goto("/admin/users?q=admin%40example.edu");
  await page.getByRole("link", { name: "Alex Morgan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alex Morgan" })).toBeVisible();
  await expect(page.getByText("This is the only active administrator, so the role cannot change")).toBeVisible();
  await expect(page.getByRole("button", { name: /Role/ })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Disable account" })).toBeDisabled();
  await expectNoAxeViolations(page);
});

