import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { createPartner } from "@/lib/seed/partners";
import { storageStateFor } from "./accounts";
import { expectNoAxeViolations } from "./admin-helpers";
import { e2eDatabase } from "./support/database";

// Bringing agreements into Meridian from a spreadsheet, as a staff member in the browser.

test.use({ storageState: storageStateFor("staff") });
test.describe.configure({ timeout: 120_000 });

const HEADER = "Reference number,Title,Kind,Partners,Status,Signed on,Expires on";
const csv = (lines: string[]) => ({ name: "agreements.csv", mimeType: "text/csv", buffer: Buffer.from([HEADER, ...lines].join("\n")) });

test("a student gets neither the import page nor its template nor its steps", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: storageStateFor("student"), baseURL });
  expect((await context.request.get("/agreements/import/template", { maxRedirects: 0 })).status()).toBe(404);
  const run = await context.request.post("/agreements/import/run", { multipart: { intent: "read", file: csv([]) }, headers: { Origin: baseURL ?? "" } });
  expect(run.status()).toBe(404);
  const page = await context.newPage();
  expect((await page.goto("/agreements/import"))?.status()).toBe(404);
  await context.close();
});

test("an import is checked row by row, refused whole while a row is bad, then saved whole, signed rows approved on import", async ({ page }) => {
  const tag = `e2e-agr-${crypto.randomUUID().slice(0, 8)}`;
  const db = await e2eDatabase();
  const partner = await createPartner(db, { nameEn: `Import Partner University ${tag}`, acronym: `IPU-${tag}` });
  const good = [
    `${tag}-1,Student exchange ${tag},Student exchange,${partner.nameEn},Draft,,`,
    `${tag}-2,Research cooperation ${tag},科研合作,IPU-${tag.toUpperCase()},Awaiting signature,,2031-06-30`,
  ];
  const signed = (date: string) => `${tag}-3,Memorandum ${tag},MOU,${partner.nameEn.toLowerCase()},Active,${date},2030-12-31`;

  await page.goto("/agreements/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import agreements" })).toBeVisible();
  await expect(page.getByText("Mobility terms are not imported")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download a template" })).toHaveAttribute("href", "/agreements/import/template");
  await expectNoAxeViolations(page);

  // The signed row lacks its date, and one row names a partner Meridian does not have.
  await page.getByLabel("Spreadsheet").setInputFiles(csv([...good, signed(""), `${tag}-4,Unknown ${tag},MOU,Atlantis ${tag},,,`]));
  await expect(page.getByText("4 rows found in agreements.csv.")).toBeVisible();
  // The columns were matched by their names.
  await expect(page.getByLabel("Reference number")).toHaveValue("0");
  await expect(page.getByLabel("Partners")).toHaveValue("3");
  await expect(page.getByLabel("Owner (email)")).toHaveValue("");
  // Keyboard only: the check button is reached and pressed without the mouse.
  await page.getByRole("button", { name: "Check all rows" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "2 rows need attention" })).toBeVisible();
  const problems = page.getByRole("table", { name: "Rows that cannot be imported" });
  await expect(problems.getByRole("row")).toHaveCount(3);
  await expect(problems.getByRole("row").nth(1)).toContainText("4");
  await expect(problems.getByRole("row").nth(1)).toContainText("needs the date it was signed");
  await expect(problems.getByRole("row").nth(2)).toContainText(`No partner in Meridian is called “Atlantis ${tag}”`);
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // The report to download says the same, with the cell that is wrong.
  const [report] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the full report (CSV)" }).click()]);
  expect(report.suggestedFilename()).toMatch(/^agreements-import-problems-\d{4}-\d{2}-\d{2}\.csv$/);
  const [, ...reported] = (await readFile((await report.path()) ?? "", "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(reported).toHaveLength(2);
  expect(reported[0]).toMatch(/^4,Signed on,Signed on,,.*needs the date it was signed/);
  expect(reported[1]).toMatch(new RegExp(`^5,Partners,Partners,Atlantis ${tag},.*No partner in Meridian is called`));

  // Fixed: the date given, the unknown row left out.
  await page.getByLabel("Spreadsheet").setInputFiles(csv([...good, signed("2025-02-14")]));
  await expect(page.getByText("Your last choice of columns is filled in.")).toBeVisible();
  await page.getByRole("button", { name: "Check all rows" }).click();
  await expect(page.getByText("All 3 rows are ready to import.")).toBeVisible();
  await page.getByRole("button", { name: "Import 3 agreements" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 agreements were imported." })).toBeVisible();

  const saved = await db.agreement.findMany({ where: { referenceNumber: { startsWith: tag } }, orderBy: { referenceNumber: "asc" }, select: { id: true, status: true, kind: true } });
  expect(saved.map(({ status, kind }) => [status, kind])).toEqual([["DRAFT", "STUDENT_EXCHANGE"], ["AWAITING_SIGNATURE", "RESEARCH"], ["ACTIVE", "MOU"]]);

  // The same file again adds nothing: every row is an agreement Meridian has now.
  await page.getByLabel("Spreadsheet").setInputFiles(csv([...good, signed("2025-02-14")]));
  await page.getByRole("button", { name: "Check all rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Nothing to import: every row is already in Meridian." })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "3 rows are left out: agreements already in Meridian, which are not changed." })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await page.getByText("Show the rows left out").click();
  await expect(page.getByRole("table", { name: "Rows left out" }).getByRole("link", { name: new RegExp(`^Open ${tag}-3 `) })).toHaveAttribute("href", `/agreements/${saved[2]!.id}`);
  // The whole list downloads, as the bad rows' report does.
  const [leftOut] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the list (CSV)" }).click()]);
  expect(leftOut.suggestedFilename()).toMatch(/^agreements-import-left-out-\d{4}-\d{2}-\d{2}\.csv$/);
  const [leftOutHeader, ...leftOutRows] = (await readFile((await leftOut.path()) ?? "", "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(leftOutHeader).toBe("Row,Field,Column,Value,Why");
  expect(leftOutRows).toHaveLength(3);
  expect(leftOutRows[0]).toMatch(new RegExp(`^2,Reference number,Reference number,${tag}-1,"?Already in Meridian: ${tag}-1 `));

  await page.goto(`/agreements?q=${tag}`);
  await expect(page.getByText(`Student exchange ${tag}`)).toBeVisible();
  await expect(page.getByText(`Research cooperation ${tag}`)).toBeVisible();
  await expect(page.getByText(`Memorandum ${tag}`)).toBeVisible();

  await page.goto(`/agreements/${saved[2]!.id}`);
  // The approval trail says who recorded it as signed, and from which file.
  await expect(page.getByText("Li Wei approved it: Awaiting signature → Active")).toBeVisible();
  await expect(page.getByRole("paragraph").filter({ hasText: "Recorded as signed on import from agreements.csv" })).toBeVisible();
});

test("the template has our column names, examples and a sheet that explains them", async ({ request }) => {
  const response = await request.get("/agreements/import/template");
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const [sheet, notes] = workbook.worksheets;
  expect((sheet?.getRow(1).values as string[]).slice(1, 5)).toEqual(["Reference number", "Title", "Kind", "Partners"]);
  expect(sheet?.rowCount).toBe(3);
  const text = JSON.stringify(notes?.getSheetValues());
  expect(text).toContain("Mobility terms are not imported");
  expect(text).toContain("recorded as approved by you");
});

test("the page fits a 360 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/agreements/import");
  await page.getByLabel("Spreadsheet").setInputFiles(csv(["X-1,Title,MOU,Nowhere,,,"]));
  await expect(page.getByText("1 row found in agreements.csv.")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The dry run's answer too: the totals, the report to download and the list of problems.
  await page.getByRole("button", { name: "Check all rows" }).click();
  await expect(page.getByRole("button", { name: "Download the full report (CSV)" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
