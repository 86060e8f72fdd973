import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { e2eDatabase } from "./support/database";

// An office's register as it is kept, imported without editing it first: an instructions sheet
// before the data, a merged title above the column names, a totals row, and the office's own
// words for countries and statuses.

test.use({ storageState: storageStateFor("staff") });

test("a register with a title row, an instructions sheet and its own words imports as it is", async ({ page }) => {
  const tag = `e2e-office-${crypto.randomUUID().slice(0, 8)}`;
  const book = new ExcelJS.Workbook();
  book.addWorksheet("说明").addRow(["国家请写中文名称。"]);
  const sheet = book.addWorksheet("合作院校");
  sheet.addRow([`合作院校一览表 ${tag}`, "", "", "", ""]);
  sheet.mergeCells("A1:E1");
  sheet.addRow(["英文名称", "中文名称", "国家/地区", "城市", "标签"]);
  sheet.addRow([`Hong Kong Test University ${tag}`, `香港测试大学${tag}`, "香港", "Hong Kong", tag]);
  sheet.addRow([`Leeds Test College ${tag}`, `利兹测试学院${tag}`, "UK", "Leeds", tag]);
  sheet.addRow([`Taipei Test University ${tag}`, "", "中国台湾", "Taipei", tag]);
  sheet.addRow(["合计", "", "3", "", ""]);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());

  await page.goto("/partners/import");
  await page.getByLabel("Spreadsheet").setInputFiles({ name: "register.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await expect(page.getByText("The column names are in row 2 of the sheet “合作院校”.")).toBeVisible();
  await expect(page.getByLabel("English name")).toHaveValue("0");
  // A Chinese office's 中文名称 is the native name of a partner in Hong Kong, an other name of one in the UK.
  await expect(page.getByLabel("Chinese name")).toHaveValue("1");
  await expect(page.getByLabel("Chinese name")).toHaveAccessibleDescription(/native name; any other partner as one of its other names/);
  await expect(page.getByLabel("Country or region")).toHaveValue("2");
  // No column gives the status: the choice says what every row gets.
  await expect(page.getByLabel("Status", { exact: true }).locator("option:checked")).toHaveText("— not imported: Active for every row —");

  await page.getByRole("button", { name: "Check all rows" }).click();
  await expect(page.getByText("All 3 rows are ready to import.")).toBeVisible();
  await page.getByRole("button", { name: "Import 3 partners" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 partners were imported." })).toBeVisible();
  const db = await e2eDatabase();
  expect(await db.partner.findMany({ where: { tags: { has: tag } }, select: { country: true, status: true, nameNative: true, otherNames: true }, orderBy: { country: "asc" } })).toEqual([
    { country: "GB", status: "ACTIVE", nameNative: null, otherNames: `利兹测试学院${tag}` },
    { country: "HK", status: "ACTIVE", nameNative: `香港测试大学${tag}`, otherNames: null },
    { country: "TW", status: "ACTIVE", nameNative: null, otherNames: null },
  ]);
});

test("a register naming its columns in two rows, a group merged above its parts, is matched column by column", async ({ page }) => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("协议");
  sheet.addRow(["协议编号", "协议名称", "合作院校", "日期", "", "", "负责人"]);
  sheet.addRow(["", "", "", "签署", "生效", "到期", ""]);
  for (const cells of ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2"]) sheet.mergeCells(cells);
  sheet.addRow(["TWO-ROWS-1", "Two rows", "TUM", "2024-09-01", "2024-10-01", "2029-08-31", "staff@example.edu"]);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());

  await page.goto("/agreements/import");
  await page.getByLabel("Spreadsheet").setInputFiles({ name: "agreements.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await expect(page.getByText("The column names are in rows 1–2.")).toBeVisible();
  for (const [field, column] of [["Signed on", "签署日期"], ["Takes effect on", "生效日期"], ["Expires on", "到期日期"]] as const) {
    await expect(page.getByLabel(field, { exact: true }).locator("option:checked")).toHaveText(column);
  }
});

test("a workbook with a sheet a year is imported one sheet at a time, the sheet chosen", async ({ page }) => {
  const tag = `e2e-sheets-${crypto.randomUUID().slice(0, 8)}`;
  const book = new ExcelJS.Workbook();
  for (const [year, partner] of [["2023年", "Lund"], ["2022年", "Kyoto"]] as const) {
    const sheet = book.addWorksheet(year);
    sheet.addRow(["英文名称", "国家", "标签"]);
    sheet.addRow([`${partner} Sheet University ${tag}`, partner === "Lund" ? "瑞典" : "日本", tag]);
  }
  const buffer = Buffer.from(await book.xlsx.writeBuffer());

  await page.goto("/partners/import");
  await page.getByLabel("Spreadsheet").setInputFiles({ name: "by-year.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await expect(page.getByText("The column names are in row 1 of the sheet “2023年”.")).toBeVisible();
  const sheet = page.getByLabel("Sheet", { exact: true });
  await expect(sheet).toHaveAccessibleDescription(/keeps records on 2 sheets/);
  await sheet.selectOption("2022年");
  await expect(page.getByText("The column names are in row 1 of the sheet “2022年”.")).toBeVisible();
  await page.getByRole("button", { name: "Check all rows" }).click();
  await page.getByRole("button", { name: "Import 1 partner" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 partner was imported." })).toBeVisible();
  const db = await e2eDatabase();
  expect(await db.partner.findMany({ where: { tags: { has: tag } }, select: { country: true } })).toEqual([{ country: "JP" }]);
});
