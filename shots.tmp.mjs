import { chromium } from "@playwright/test";
const base = "http://localhost:3300";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [w, h] of [[1280, 900], [360, 780]]) {
  for (const locale of ["en", "zh"]) {
    const context = await browser.newContext({ viewport: { width: w, height: h }, baseURL: base });
    await context.addCookies([{ name: "meridian.locale", value: locale, url: base }]);
    const page = await context.newPage();
    await page.goto("/login");
    await page.locator("input[name=email]").fill("staff@example.edu");
    await page.locator("input[name=password]").fill("meridian-demo");
    await page.locator("form button[type=submit]").last().click();
    await page.waitForURL(/dashboard/);
    await page.goto("/partners");
    await page.screenshot({ path: `/tmp/shots/partners-${w}-${locale}.png` });
    await page.goto("/partners/import");
    const csv = ["Name,Country,City,Tags", "Universidad de Prueba,Spain,Valencia,x", "测试大学,中国,Beijing,x", "Nowhere University,Atlantis,,x", ",FR,,"].join("\n");
    await page.locator("#import-file").setInputFiles({ name: "partners.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.waitForSelector("#map-nameEn");
    await page.locator("button", { hasText: locale === "en" ? "Check all rows" : "检查所有行" }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/import-${w}-${locale}.png`, fullPage: true });
    await context.close();
  }
}
await browser.close();
