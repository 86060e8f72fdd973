import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";

test.describe("as a student", () => {
  test.use({ storageState: storageStateFor("student") });

  for (const path of ["/partners", "/dashboard", "/admin/users"]) {
    test(`${path} is "not found"`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Partners" })).toHaveCount(0);
    });
  }
});

test.describe("as staff", () => {
  test.use({ storageState: storageStateFor("staff") });

  test("a record that is not there is \"not found\" inside the shell, with one main landmark", async ({ page }) => {
    const response = await page.goto("/partners/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Partners" })).toBeVisible();
    await expect(page.getByRole("main")).toHaveCount(1);
  });

  test("the admin pages are \"not found\"", async ({ page }) => {
    for (const path of ["/admin/users", "/admin/audit", "/admin/settings"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
    }
  });

  test("the dashboard shows today's figures from the database, each opening the list it counts", async ({ page }) => {
    await page.goto("/dashboard");
    const activeAgreements = page.getByText("Active agreements", { exact: true }).locator("xpath=following-sibling::dd");
    await expect(activeAgreements).toHaveText(/^[1-9][\d,]*$/);
    const figure = await activeAgreements.innerText();
    await page.getByRole("link", { name: `Active agreements: ${figure}` }).click();
    await expect(page).toHaveURL(/\/agreements\?status=ACTIVE$/);
    await expect(page.getByText(new RegExp(`^${figure} agreements?$`)).first()).toBeVisible();

    await page.goto("/dashboard");
    const activePartners = await page.getByText("Active partners", { exact: true }).locator("xpath=following-sibling::dd").innerText();
    await page.getByRole("link", { name: `Active partners: ${activePartners}` }).click();
    await expect(page).toHaveURL(/\/partners\?status=ACTIVE$/);
    await expect(page.getByText(new RegExp(`^${activePartners} partners?$`)).first()).toBeVisible();
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("every page of the navigation opens", async ({ page }) => {
    // Ten full page loads one after another.
    test.slow();
    await page.goto("/dashboard");
    const links = page.getByRole("navigation", { name: "Main navigation" }).getByRole("link");
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(hrefs).toHaveLength(10);
    for (const href of hrefs) {
      const response = await page.goto(href ?? "/");
      expect(response?.status(), href ?? "").toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
  });
});

test("GET /api/health answers 200 with the database ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  expect(response.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});
