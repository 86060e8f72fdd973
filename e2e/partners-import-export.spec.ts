import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { expectNoAxeViolations } from "./admin-helpers";
import { createPartner } from "@/lib/seed/partners";
import { e2eDatabase } from "./support/database";

// Getting partners out of Meridian and into it, as a staff member in the browser.

test.use({ storageState: storageStateFor("staff") });
test.describe.configure({ timeout: 120_000 });

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) ?? "") };
}

test("the export holds exactly the filtered list, as CSV and as Excel, Chinese intact", async ({ page }) => {
  // A demo tag no other spec gives a partner: specs running alongside create universities too.
  await page.goto("/partners?kind=UNIVERSITY&tag=student-exchange");
  const count = Number((await page.getByText(/^\d+ partners?$/).first().innerText()).split(" ")[0]);
  expect(count).toBeGreaterThan(0);

  const csv = await download(page, "Export as CSV");
  expect(csv.name).toMatch(/^partners-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = csv.bytes.toString("utf8");
  expect(text.startsWith("\uFEFFName,")).toBe(true);
  const lines = text.trim().split("\r\n");
  expect(lines).toHaveLength(count + 1);
  expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
  expect(lines.slice(1).every((line) => line.includes(",University,"))).toBe(true);

  const xlsx = await download(page, "Export to Excel");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer);
  expect(workbook.worksheets[0]?.rowCount).toBe(count + 1);
});

test("a student gets nothing from the export, the import or the template", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: storageStateFor("student"), baseURL });
  for (const path of ["/partners/export?format=csv", "/partners/import/template"]) {
    expect((await context.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  const page = await context.newPage();
  const response = await page.goto("/partners/import");
  expect(response?.status()).toBe(404);
  await context.close();
});

test("an import is checked row by row, refused whole while one row is bad, then saved whole", async ({ page }) => {
  const tag = `e2e-import-${crypto.randomUUID().slice(0, 8)}`;
  const good = [`Universidad de Prueba ${tag},Spain,Valencia,${tag}`, `测试大学 ${tag},中国,Beijing,${tag}`];
  const file = (lines: string[]) => ({ name: "partners.csv", mimeType: "text/csv", buffer: Buffer.from(["Name,Country,City,Tags", ...lines].join("\n")) });

  await page.goto("/partners/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import partners" })).toBeVisible();
  await page.getByLabel("Spreadsheet").setInputFiles(file([...good, `Nowhere University ${tag},Atlantis,,${tag}`]));
  await expect(page.getByText("3 rows found in partners.csv.")).toBeVisible();
  // The columns were matched by their names.
  await expect(page.getByLabel("English name")).toHaveValue("0");
  await expect(page.getByLabel("Country or region")).toHaveValue("1");
  await page.getByRole("button", { name: "Check all rows" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "1 row needs attention" })).toBeVisible();
  const problems = page.getByRole("table", { name: "Rows that cannot be imported" });
  await expect(problems.getByRole("row")).toHaveCount(2);
  await expect(problems).toContainText("4");
  await expect(problems).toContainText("Use a country code such as DE");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel("Spreadsheet").setInputFiles(file(good));
  await page.getByRole("button", { name: "Check all rows" }).click();
  await expect(page.getByText("All 2 rows are ready to import.")).toBeVisible();
  await page.getByRole("button", { name: "Import 2 partners" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 partners were imported." })).toBeVisible();

  const db = await e2eDatabase();
  expect(await db.partner.findMany({ where: { tags: { has: tag } }, select: { country: true }, orderBy: { country: "asc" } })).toEqual([{ country: "CN" }, { country: "ES" }]);
  await page.goto(`/partners?tag=${tag}`);
  await expect(page.getByText("2 partners", { exact: true }).first()).toBeVisible();
});

test("a dry run with more problems than the page lists states the true totals, and its report has every bad row", async ({ page }) => {
  const tag = `e2e-report-${crypto.randomUUID().slice(0, 8)}`;
  // 600 rows with an unknown country, then 10 with no name and a formula for a country: 610
  // bad rows (spreadsheet rows 2 to 611) with 620 problems, more than the page's 500.
  const lines = [
    ...Array.from({ length: 600 }, (_, i) => `Report University ${i} ${tag},Atlantis,,${tag}`),
    ...Array.from({ length: 10 }, () => `,=1+1,,${tag}`),
  ];
  await page.goto("/partners/import");
  await page.getByLabel("Spreadsheet").setInputFiles({ name: "partners.csv", mimeType: "text/csv", buffer: Buffer.from(["Name,Country,City,Tags", ...lines].join("\n")) });
  await expect(page.getByText("610 rows found in partners.csv.")).toBeVisible();
  await page.getByRole("button", { name: "Check all rows" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "610 rows need attention, with 620 problems in all." })).toBeVisible();
  await expect(page.getByText("The first 500 problems are listed here; the report has all 620.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Rows that cannot be imported" }).getByRole("row")).toHaveCount(501);

  // Keyboard only: the report is reached and saved without the mouse.
  const save = page.getByRole("button", { name: "Download the full report (CSV)" });
  await expect(save).toHaveAccessibleDescription(/Every bad row with its row number/);
  await save.focus();
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(file.suggestedFilename()).toMatch(/^partners-import-problems-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await file.path()) ?? "");
  // UTF-8 with a byte-order mark, for Excel.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = bytes.toString("utf8").slice(1).trim().split("\r\n");
  expect(header).toBe("Row,Field,Column,Value,Problem");
  expect(rows).toHaveLength(620);
  expect(new Set(rows.map((row) => Number(row.split(",")[0])))).toEqual(new Set(Array.from({ length: 610 }, (_, i) => i + 2)));
  expect(rows[0]).toMatch(/^2,Country or region,Country,Atlantis,.*德国/);
  // The formula is written as text, as the exports write it.
  const last = rows.filter((row) => row.startsWith("611,"));
  expect(last).toHaveLength(2);
  expect(last).toEqual(expect.arrayContaining([expect.stringMatching(/^611,English name,Name,,/), expect.stringMatching(/^611,Country or region,Country,'=1\+1,/)]));
  await expectNoAxeViolations(page);
});

test("the agreements export holds the filtered list with the status as shown", async ({ page }) => {
  await page.goto("/agreements?status=ACTIVE");
  const csv = await download(page, "Export as CSV");
  expect(csv.name).toMatch(/^agreements-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header = "", ...rows] = csv.bytes.toString("utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(header.split(",").slice(0, 4)).toEqual(["Reference", "Title", "Kind", "Status"]);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => row.includes(",Active,"))).toBe(true);
});

test("a sheet that overlaps Meridian and lists a partner twice imports the new partner once, and shows the rows it leaves out", async ({ page }) => {
  const tag = crypto.randomUUID().slice(0, 8);
  const db = await e2eDatabase();
  const partner = await createPartner(db, { nameEn: `Overlap University ${tag}`, country: "DE", city: "Bonn" });
  const lines = [`1,overlap  university ${tag},Germany,Köln`, `2,Fresh University ${tag},FR,`, `3,FRESH UNIVERSITY ${tag},France,Lille`, "注：仅供参考,,,"];
  await page.goto("/partners/import");
  await page.getByLabel("Spreadsheet").setInputFiles({ name: "overlap.csv", mimeType: "text/csv", buffer: Buffer.from(["No.,Name,Country,City", ...lines].join("\n")) });
  await page.getByRole("button", { name: "Check all rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 row is ready to import." })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "2 rows are left out: partners already in Meridian, which are not changed, or repeats of an earlier row, which add to it." })).toBeVisible();
  // The note under the table is named, in case it was a record whose columns were matched wrongly.
  await expect(page.getByText("Row 5 has text only in columns not imported, and is left out.")).toBeVisible();
  const skipped = page.getByRole("table", { name: "Rows left out" });
  await expect(skipped).toBeHidden();
  await page.getByText("Show the rows left out").click();
  await expect(page.getByText("Hide the rows left out")).toBeVisible();
  await expect(skipped.getByRole("row").nth(1)).toContainText(`Already in Meridian: Overlap University ${tag} (Germany). Not imported, and Meridian's record is not changed.`);
  await expect(skipped.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("2");
  await expect(skipped.getByRole("link", { name: `Open Overlap University ${tag}` })).toHaveAttribute("href", `/partners/${partner.id}`);
  await expect(skipped.getByRole("row").nth(2)).toContainText("The same partner as row 3 (France): imported once, with anything this row adds.");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Import 1 partner" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 partner was imported. 2 rows were left out: partners already in Meridian, or repeats of an earlier row." })).toBeVisible();
  expect(await db.partner.findMany({ where: { nameEn: { in: [`Fresh University ${tag}`, `Overlap University ${tag}`] } }, select: { nameEn: true, city: true }, orderBy: { nameEn: "asc" } })).toEqual([
    { nameEn: `Fresh University ${tag}`, city: "Lille" },
    { nameEn: `Overlap University ${tag}`, city: "Bonn" },
  ]);
});
