import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkAgreementRows, dateSpan, guessAgreementMapping, importDate, type AgreementImportLookups } from "./agreement-import";
import { ignoredRows, splitList } from "./mapping";
import { checkPartnerRows, findDuplicatePartners, guessMapping, PARTNER_IMPORT_FIELDS } from "./partner-import";
import { cellsOfRow, cellText, readTable } from "./read-table";

// The spreadsheets an office already keeps, as they are: a title above the column names, an
// instructions sheet first, a totals row, links and formulas, and its own words for countries,
// kinds and statuses.

const fieldsNamed = (guess: (headers: readonly string[]) => Record<string, number | null | undefined>) => (headers: readonly string[]) =>
  Object.values(guess(headers)).filter((column) => column != null).length;

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("finding the column names", () => {
  it("skips a merged title row and an instructions sheet, and numbers rows as Excel does", async () => {
    const bytes = await workbook((book) => {
      const notes = book.addWorksheet("说明");
      notes.addRow(["请在“合作院校”表中填写。"]);
      notes.addRow(["国家请写中文名称。"]);
      const sheet = book.addWorksheet("合作院校");
      sheet.addRow(["2024年合作院校一览表", "", "", ""]);
      sheet.mergeCells("A1:D1");
      sheet.addRow([]);
      sheet.addRow(["英文名称", "国家/地区", "城市", "状态"]);
      sheet.addRow(["University of Leeds", "英国", "Leeds", "有效"]);
      sheet.addRow(["合计", "1", "", ""]);
    });
    const table = await readTable(bytes, fieldsNamed(guessMapping));
    expect(table).toMatchObject({ sheet: "合作院校", headerRow: 3, headers: ["英文名称", "国家/地区", "城市", "状态"] });
    expect(cellsOfRow(table, 4)?.[0]).toBe("University of Leeds");
    const { rows, problems } = checkPartnerRows(table, guessMapping(table.headers));
    expect(problems).toEqual([]);
    // Row 4 as Excel shows it; the totals row is no partner.
    expect(rows.map(({ row, input }) => [row, input.nameEn, input.country, input.status])).toEqual([[4, "University of Leeds", "GB", "ACTIVE"]]);
  });

  it("lists the sheets that hold records, reads the best (the first of equals) or the one named", async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet("说明").addRow(["每年一个工作表。"]);
      for (const [year, partner] of [["2023年", "Lund University"], ["2022年", "Kyoto University"]]) {
        const sheet = book.addWorksheet(year!);
        sheet.addRow(["英文名称", "国家"]);
        sheet.addRow([partner, "瑞典"]);
      }
    });
    expect(await readTable(bytes, fieldsNamed(guessMapping))).toMatchObject({ sheet: "2023年", sheets: ["2023年", "2022年"], rows: [["Lund University", "瑞典"]] });
    expect(await readTable(bytes, fieldsNamed(guessMapping), "2022年")).toMatchObject({ sheet: "2022年", sheets: ["2023年", "2022年"], rows: [["Kyoto University", "瑞典"]] });
  });

  it("keeps a file whose names it does not know at its first row that names several columns", async () => {
    const csv = new TextEncoder().encode("Partner register\nAlpha,Beta\nx,y\n");
    expect(await readTable(csv, fieldsNamed(guessMapping))).toMatchObject({ headerRow: 2, headers: ["Alpha", "Beta"], rows: [["x", "y"]] });
  });
});

describe("column names in two rows", () => {
  it("reads a group merged above its parts as one name per column, and numbers rows below both", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("协议");
      sheet.addRow(["协议编号", "合作院校", "日期", "", "", "负责人"]);
      sheet.addRow(["", "", "签署", "生效", "到期", ""]);
      for (const cell of ["A1:A2", "B1:B2", "C1:E1", "F1:F2"]) sheet.mergeCells(cell);
      sheet.addRow(["REF-1", "TUM", "2024-09-01", "2024-10-01", "2029-08-31", "staff@example.edu"]);
    });
    const table = await readTable(bytes, fieldsNamed(guessAgreementMapping));
    expect(table).toMatchObject({ headerRow: 2, headerRows: 2, headers: ["协议编号", "合作院校", "签署日期", "生效日期", "到期日期", "负责人"] });
    expect(guessAgreementMapping(table.headers)).toMatchObject({ referenceNumber: 0, partners: 1, signedOn: 2, effectiveOn: 3, expiresOn: 4, owner: 5 });
    expect(cellsOfRow(table, 3)?.[0]).toBe("REF-1");
  });

  it("reads a pair that names no more than its upper row (vertical merges repeat its names below) as the header, not its lower row as a record", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("合作院校");
      sheet.addRow(["2024年合作协议一览表", "", "", "", "", ""]);
      sheet.addRow(["序号", "国家", "合作院校", "日期", "", ""]);
      sheet.addRow(["", "", "", "签署", "生效", "到期"]);
      for (const cells of ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2"]) sheet.mergeCells(cells);
      sheet.addRow(["1", "瑞典", "Lund University", "2024-09-01", "2024-10-01", "2029-08-31"]);
    });
    const table = await readTable(bytes, fieldsNamed(guessMapping));
    expect(table).toMatchObject({ headerRow: 3, headerRows: 2 });
    const { rows, problems } = checkPartnerRows(table, guessMapping(table.headers));
    expect(problems).toEqual([]);
    expect(rows.map(({ row, input }) => [row, input.nameEn, input.country])).toEqual([[4, "Lund University", "SE"]]);
  });

  it.each([
    ["a title merged over every column", ["XX大学国际交流合作协议一览表（截至2024年12月）", "", "", ""], ["A1:D1"]],
    ["a line saying who filled it in", ["填报单位：国际交流处", "", "填报日期：2024年12月31日", ""], ["A1:B1", "C1:D1"]],
  ])("does not take %s for a group over the names below it", async (_case, top, merges) => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("协议");
      sheet.addRow(top);
      for (const cells of merges) sheet.mergeCells(cells);
      sheet.addRow(["协议编号", "合作院校", "国家", "状态"]);
      sheet.addRow(["REF-1", "Lund University", "瑞典", "有效"]);
    });
    for (const guess of [guessMapping, guessAgreementMapping]) {
      expect(await readTable(bytes, fieldsNamed(guess))).toMatchObject({ headerRow: 2, headers: ["协议编号", "合作院校", "国家", "状态"] });
    }
  });

  it("reads a header whose every column is under a group", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("协议");
      sheet.addRow(["合作院校", "", "协议", ""]);
      sheet.addRow(["中文", "英文", "编号", "签署日期"]);
      for (const cells of ["A1:B1", "C1:D1"]) sheet.mergeCells(cells);
      sheet.addRow(["隆德大学", "Lund University", "REF-1", "2024-09-01"]);
    });
    const table = await readTable(bytes, fieldsNamed(guessMapping));
    expect(table).toMatchObject({ headerRow: 2, headerRows: 2 });
    expect(guessMapping(table.headers)).toMatchObject({ nameChinese: 0, nameEn: 1 });
  });

  it("carries a CSV's group name right over its parts, and keeps a part that names a field alone", async () => {
    const csv = new TextEncoder().encode("Reference,Partner,Date,,,\n,,Signed,Effective,Expiry,Notes\nREF-1,TUM,2024-09-01,2024-10-01,2029-08-31,x\n");
    const table = await readTable(csv, fieldsNamed(guessAgreementMapping));
    expect(table).toMatchObject({ headerRow: 2, headerRows: 2, headers: ["Reference", "Partner", "Date Signed", "Effective Date", "Expiry Date", "Notes"], rows: [["REF-1", "TUM", "2024-09-01", "2024-10-01", "2029-08-31", "x"]] });
  });

  it.each([
    ["Name,Country,Kind\nUniversity of Leeds,UK,University\n", guessMapping],
    // The first record's cells name fields too (Erasmus, University, 到期): still no header.
    ["Name,Country,Programme\nUniversity of Graz,AT,Erasmus\n", guessMapping],
    ["院校名称,国家,机构性质\nTohoku University,日本,University\n", guessMapping],
    ["协议编号,合作院校,当前状态\nREF-1,TUM,到期\n", guessAgreementMapping],
  ])("does not read a one-row header and the first record as two header rows: %s", async (text, guess) => {
    const table = await readTable(new TextEncoder().encode(text), fieldsNamed(guess));
    expect(table).toMatchObject({ headerRow: 1, headers: text.split("\n")[0]!.split(",") });
    expect(table.rows[0]).toEqual(text.split("\n")[1]!.split(","));
  });
});

describe("an agreements register taken as partners", () => {
  it("takes the Chinese partner column as the Chinese name beside an English one, and leaves the agreements' type and status to them", () => {
    expect(guessMapping(["序号", "国别", "合作院校", "英文名称", "协议类型", "状态", "签署日期", "到期日期"])).toMatchObject({ country: 1, nameChinese: 2, nameEn: 3, kind: null, status: null });
    expect(guessMapping(["协议编号", "国家", "合作院校", "类型", "状态", "签署日期"])).toMatchObject({ nameEn: 2, nameChinese: null, kind: null, status: null });
    // A partners' own list keeps its type and status, numbered or with the date a partnership began.
    expect(guessMapping(["名称", "类型", "状态", "国家"])).toMatchObject({ nameEn: 0, kind: 1, status: 2, country: 3 });
    expect(guessMapping(["编号", "中文名称", "英文名称", "国家", "类型", "状态"])).toMatchObject({ kind: 4, status: 5 });
    expect(guessMapping(["英文名称", "国家", "类型", "状态", "签署日期"])).toMatchObject({ kind: 2, status: 3 });
  });

  it("reads a register whose partner is named in two columns, 外方院校（中文） and （英文）", () => {
    expect(guessMapping(["外方院校（中文）", "外方院校（英文）", "国别", "官网", "院校类型"])).toMatchObject({ nameChinese: 0, nameEn: 1, country: 2, website: 3, kind: 4 });
    expect(guessAgreementMapping(["协议编号", "外方院校（中文）", "外方院校（英文）", "签署日期\n（年/月/日）", "协议状态", "有效期"])).toMatchObject({
      referenceNumber: 0, partners: 1, signedOn: 3, status: 4, expiresOn: 5,
    });
    // A header as it is comes before one read without its qualifier; a qualifier may say which name.
    expect(guessMapping(["Name (native)", "Name", "Country"])).toMatchObject({ nameNative: 0, nameEn: 1 });
    expect(guessMapping(["名称（中文）", "名称（英文）", "国家"])).toMatchObject({ nameChinese: 0, nameEn: 1 });
    // A duration is no date: 有效期（年） is not the expiry.
    expect(guessAgreementMapping(["协议编号", "有效期（年）", "Validity (years)"])).toMatchObject({ expiresOn: null });
    // "No." is a running number, not the reference.
    expect(guessAgreementMapping(["No.", "Title", "Agreement No."])).toMatchObject({ referenceNumber: 2, title: 1 });
  });

  it("imports a partner once whether its Chinese name is written in simplified or traditional characters", () => {
    const headers = ["Name", "Native name", "Country"];
    const checked = checkPartnerRows({ headers, rows: [["HKBU", "香港浸會大學", "HK"], ["HKBU", "香港浸会大学", "香港"]] }, guessMapping(headers));
    const [simplified, traditional] = ["会学", "會學"];
    const swap = (name: string, from: string, to: string) => [...name].map((c) => (from.includes(c) ? to[from.indexOf(c)] : c)).join("");
    const spellings = (name: string) => [name, swap(name, traditional, simplified), swap(name, simplified, traditional)];
    expect(findDuplicatePartners(checked.rows, [], [], spellings)).toMatchObject({ rows: [{ row: 2 }], problems: [], skipped: [{ row: 3, messageKey: "repeats" }] });
  });
});

describe("what is under the table", () => {
  it("skips a note, a signature line and a '合计：3项' row in columns not imported, and a totals row", () => {
    const headers = ["序号", "英文名称", "国家"];
    const rows = [["1", "Lund University", "瑞典"], ["注：以上为有效协议。", "", ""], ["合计：1项", "", ""], ["填表人：王芳 审核人：", "", ""], ["合计", "1", ""]];
    const { rows: good, problems } = checkPartnerRows({ headers, rows }, guessMapping(headers));
    expect(problems).toEqual([]);
    expect(good.map(({ row }) => row)).toEqual([2]);
    // The dry run names the rows it passes over (not the totals).
    expect(ignoredRows({ headers, rows }, PARTNER_IMPORT_FIELDS, guessMapping(headers))).toEqual([3, 5]);
  });
});

describe("dates as offices write them", () => {
  it.each([["20240901", "2024-09-01"], ["2024.9.1.", "2024-09-01"], ["２０２４年９月１日", "2024-09-01"], ["2024年9月1日", "2024-09-01"]])("reads %s as %s", (written, iso) => {
    expect(importDate(written)).toBe(iso);
  });

  it("reads a validity span as the day it takes effect and the day it expires, and nothing else as a span", () => {
    expect(dateSpan("2023.5.1-2028.4.30")).toEqual({ from: "2023-05-01", until: "2028-04-30" });
    expect(dateSpan("2023年5月1日至2028年4月30日")).toEqual({ from: "2023-05-01", until: "2028-04-30" });
    expect(dateSpan("2023-05-01 - 2028-04-30")).toEqual({ from: "2023-05-01", until: "2028-04-30" });
    expect(dateSpan("2024-09-01")).toBeNull();
    expect(dateSpan("2019.9-2024.8")).toBeNull();
  });
});

describe("column names as offices write them", () => {
  it("matches common English and Chinese headers", () => {
    expect(guessAgreementMapping(["Agreement No.", "Partner University", "Type of Agreement", "Date of Signing", "Valid From", "Valid Until", "Contact Person"])).toMatchObject({
      referenceNumber: 0, partners: 1, kind: 2, signedOn: 3, effectiveOn: 4, expiresOn: 5, owner: 6,
    });
    expect(guessMapping(["Institution Name", "City/Town", "Type of Institution", "Partner Status", "国家（地区）"])).toMatchObject({
      nameEn: 0, city: 1, kind: 2, status: 3, country: 4,
    });
  });
});

describe("lists in a cell", () => {
  it("splits partners at ; ； 、 and line breaks, not at a comma inside a name", () => {
    expect(splitList("慕尼黑工业大学、亚琛工业大学；TUM\nSiemens Co., Ltd.")).toEqual(["慕尼黑工业大学", "亚琛工业大学", "TUM", "Siemens Co., Ltd."]);
    expect(splitList("University of California，Berkeley")).toEqual(["University of California，Berkeley"]);
  });

  it("takes a register's multilateral row as one partner per name, each with its native name and country, or one country for all", () => {
    const headers = ["Name", "Native name", "Country"];
    const check = (...cells: string[][]) => checkPartnerRows({ headers, rows: cells }, guessMapping(headers));
    const consortium = check(["Universidad de Chile; Pontificia Universidad Católica de Chile", "", "智利"], ["TUM; Sorbonne University", "Technische Universität München; Sorbonne Université", "德国；法国"]);
    expect(consortium.problems).toEqual([]);
    expect(consortium.rows.map(({ row, input }) => [row, input.nameEn, input.nameNative, input.country])).toEqual([
      [2, "Universidad de Chile", null, "CL"],
      [2, "Pontificia Universidad Católica de Chile", null, "CL"],
      [3, "TUM", "Technische Universität München", "DE"],
      [3, "Sorbonne University", "Sorbonne Université", "FR"],
    ]);
    expect(check(["TUM; Sorbonne University", "", "德国；法国；意大利"]).problems).toEqual([{ row: 2, field: "nameEn", messageKey: "partnerList", values: { count: "2" } }]);
    // A country given again for each partner; a separator at the end; a name on two lines is one name.
    expect(check(["TUM; RWTH; Sorbonne University", "", "德国；德国；法国"]).rows.map(({ input }) => input.country)).toEqual(["DE", "DE", "FR"]);
    expect(check(["TUM；", "", "德国"], ["东京大学\nThe University of Tokyo", "", "日本"]).rows.map(({ input }) => input.nameEn)).toEqual(["TUM", "东京大学 The University of Tokyo"]);
  });
});

describe("cells", () => {
  it("reads a link whose text is formatted, and a formula never calculated as empty, never '[object Object]'", () => {
    expect(cellText({ text: { richText: [{ text: "Uni" }, { text: "versity" }] }, hyperlink: "https://example.org" } as unknown as ExcelJS.CellValue)).toBe("University");
    expect(cellText({ text: "TUM", hyperlink: "https://tum.de" })).toBe("TUM");
    expect(cellText({ formula: "A1+1" } as ExcelJS.CellValue)).toBe("");
    expect(cellText({ formula: "A1+1", result: 7 } as ExcelJS.CellValue)).toBe("7");
  });
});

describe("an office's own words", () => {
  const partners = (country: string, kind = "", status = "") =>
    checkPartnerRows({ headers: ["Name", "Country", "Kind", "Status"], rows: [["Some University", country, kind, status]] }, guessMapping(["Name", "Country", "Kind", "Status"]));

  it.each([
    ["UK", "GB"], ["ＵＫ", "GB"], ["USA", "US"], ["United States", "US"], ["Korea, Republic of", "KR"], ["Korea", "KR"], ["The Netherlands", "NL"],
    ["Czech Republic", "CZ"], ["Turkey", "TR"], ["Russian Federation", "RU"], ["Viet Nam", "VN"], ["UAE", "AE"], ["Hong Kong", "HK"],
    ["香港", "HK"], ["中国香港", "HK"], ["澳门", "MO"], ["中国台湾", "TW"], ["台湾", "TW"], ["英国", "GB"], ["韩国", "KR"], ["阿联酋", "AE"],
    ["澳洲", "AU"], ["U.K.", "GB"], ["Korea (South)", "KR"], ["沙特", "SA"], ["中国大陆", "CN"], ["PRC", "CN"],
  ])("takes the country %s as %s", (written, code) => {
    const { rows, problems } = partners(written);
    expect(problems).toEqual([]);
    expect(rows[0]?.input.country).toBe(code);
  });

  it("takes partner kinds and statuses as offices write them", () => {
    const read = (kind: string, status: string) => partners("DE", kind, status).rows.map(({ input }) => [input.kind, input.status])[0];
    expect(read("高校", "有效")).toEqual(["UNIVERSITY", "ACTIVE"]);
    expect(read("私立大学", "")).toEqual(["UNIVERSITY", "ACTIVE"]);
    expect(read("Research University", "Inactive")).toEqual(["UNIVERSITY", "DORMANT"]);
    expect(read("Company", "Potential")).toEqual(["ENTERPRISE", "PROSPECTIVE"]);
    expect(read("研究所", "停止合作")).toEqual(["RESEARCH_INSTITUTE", "ENDED"]);
  });

  it("takes agreement kinds and statuses as offices write them, 'Agreement' and '协议' or not", () => {
    const headers = ["Reference number", "Title", "Kind", "Partners", "Status", "Signed on", "Expires on"];
    const TUM = "00000000-0000-4000-8000-0000000000a1";
    const lookups: AgreementImportLookups = {
      importer: { id: "00000000-0000-4000-8000-000000000001", role: "ADMIN" },
      partners: new Map([["tum", [TUM]]]),
      owners: new Map(),
      faculties: new Map(),
      takenReferences: new Map(),
      today: "2026-06-01",
    };
    const read = (kind: string, status: string, signedOn = "", expiresOn = "") => {
      const cells = ["REF-1", "A title", kind, "TUM", status, signedOn, expiresOn];
      const { rows, problems } = checkAgreementRows({ headers, rows: [cells] }, guessAgreementMapping(headers), lookups);
      return [...problems.map((p) => p.messageKey), ...rows.map(({ input, status }) => [input.kind, status])];
    };
    expect(read("校际交流协议", "草稿")).toEqual([["STUDENT_EXCHANGE", "DRAFT"]]);
    expect(read("Staff Exchange Agreement", "Under negotiation")).toEqual([["STAFF_EXCHANGE", "IN_NEGOTIATION"]]);
    expect(read("谅解备忘录", "待签")).toEqual([["MOU", "AWAITING_SIGNATURE"]]);
    expect(read("Framework Agreement", "执行中", "2024-09-01")).toEqual([["MOU", "ACTIVE"]]);
    expect(read("Joint Laboratory", "已过期", "2019-09-01", "2024-08-31")).toEqual([["JOINT_LAB", "EXPIRED"]]);
    expect(read("合作协议书", "有效", "2024-09-01")).toEqual([["MOU", "ACTIVE"]]);
    expect(read("教师互访协议", "")).toEqual([["STAFF_EXCHANGE", "DRAFT"]]);
    expect(read("Castle", "")).toEqual(["unknownKind"]);
    // An expiry cell saying there is none: open-ended, as our own export writes it too.
    for (const none of ["长期有效", "Open-ended", "无固定期限"]) expect(read("MOU", "有效", "2024-09-01", none)).toEqual([["MOU", "ACTIVE"]]);
    // A validity span: the day it takes effect and the day it expires.
    const { rows } = checkAgreementRows({ headers, rows: [["REF-1", "A title", "MOU", "TUM", "有效", "2023-04-20", "2023.5.1-2028.4.30"]] }, guessAgreementMapping(headers), lookups);
    expect(rows.map(({ input }) => [input.effectiveOn?.toISOString().slice(0, 10), input.expiresOn?.toISOString().slice(0, 10)])).toEqual([["2023-05-01", "2028-04-30"]]);
    // A duration counts from the signature when no day it takes effect is given.
    const lasting = checkAgreementRows({ headers, rows: [["REF-1", "A title", "MOU", "TUM", "有效", "2024-09-01", "5年"]] }, guessAgreementMapping(headers), lookups);
    expect(lasting.rows.map(({ input }) => input.expiresOn?.toISOString().slice(0, 10))).toEqual(["2029-08-31"]);
  });
});
