import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";

// The agreement form's partner picker finds a partner by its acronym, as staff know most of
// them ("TUM"), and says so in the option; it used to drop what the server found that way.

test.use({ storageState: storageStateFor("staff") });

test("typing an acronym offers the partner it belongs to, acronym shown", async ({ page }) => {
  await page.goto("/agreements/new");
  const picker = page.getByRole("combobox", { name: "Partners" });
  await picker.click();
  await picker.pressSequentially("TUM");
  const option = page.getByRole("option", { name: /Technical University of Munich/ });
  await expect(option).toBeVisible();
  await expect(option).toContainText("TUM · Technische Universität München");
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await expect(page.getByRole("list", { name: "Partners" }).getByText("Technical University of Munich")).toBeVisible();
});
