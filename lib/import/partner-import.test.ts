import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { mappingFits } from "./mapping";
import { checkPartnerRows, findDuplicatePartners, guessMapping } from "./partner-import";
import { readTable } from "./read-table";

const HEADERS = ["Name", "Native name", "Country", "Kind", "Status", "Website", "Tags"];
const table = (...rows: string[][]) => ({ headers: HEADERS, rows });
const mapping = guessMapping(HEADERS);

describe("guessMapping", () => {
  it("maps our own export's headers and common ones, in English and Chinese", () => {
    expect(mapping).toMatchObject({ nameEn: 0, nameNative: 1, country: 2, kind: 3, status: 4, website: 5, tags: 6, city: null });
    expect(guessMapping(["英文名称", "中文名称", "国家或地区", "城市", "备注"])).toMatchObject({ nameEn: 0, nameChinese: 1, nameNative: null, country: 2, city: 3, notes: 4 });
    expect(guessMapping(["Name", "Native name", "Chinese name", "Country"])).toMatchObject({ nameEn: 0, nameNative: 1, nameChinese: 2, country: 3 });
    // An agreements register's partner column is the name when no column says English name.
    expect(guessMapping(["协议编号", "合作院校", "国家/地区"])).toMatchObject({ nameEn: 1, country: 2 });
    expect(guessMapping(["合作院校", "英文名称", "国家/地区"])).toMatchObject({ nameEn: 1, country: 2 });
    expect(mappingFits({ nameEn: 0, country: 9 }, HEADERS)).toBe(false);
    expect(mappingFits({ nameEn: 0, country: null }, HEADERS)).toBe(true);
  });
});

describe("checkPartnerRows", () => {
  it("takes codes and labels in either language, and fills kind and status when left empty", () => {
    const { rows, problems } = checkPartnerRows(
      table(
        ["Tsinghua University", "清华大学", "China", "University", "Active", "www.tsinghua.edu.cn", "strategic, 985"],
        ["Kyoto University", "京都大学", "日本", "大学", "", "", ""],
        ["TUM", "", "de", "RESEARCH_INSTITUTE", "Dormant", "", ""],
      ),
      mapping,
    );
    expect(problems).toEqual([]);
    expect(rows.map(({ row, input }) => [row, input.country, input.kind, input.status, input.website, input.tags])).toEqual([
      [2, "CN", "UNIVERSITY", "ACTIVE", "https://www.tsinghua.edu.cn", ["strategic", "985"]],
      [3, "JP", "UNIVERSITY", "ACTIVE", null, []],
      [4, "DE", "RESEARCH_INSTITUTE", "DORMANT", null, []],
    ]);
  });

  it.each([
    ["no name", ["", "", "FR", "", "", "", ""], "nameEn", "required"],
    ["no country", ["Sorbonne University", "", "", "", "", "", ""], "country", "required"],
    ["an unknown country", ["Sorbonne University", "", "Atlantis", "", "", "", ""], "country", "country"],
    ["an unknown kind", ["Sorbonne University", "", "FR", "Castle", "", "", ""], "kind", "required"],
    ["a website that is not one", ["Sorbonne University", "", "FR", "", "", "javascript:alert(1)", ""], "website", "url"],
    ["a name too long", ["x".repeat(301), "", "FR", "", "", "", ""], "nameEn", "tooLong"],
    ["a NUL byte", ["Sorbonne\u0000University", "", "FR", "", "", "", ""], "nameEn", "nul"],
  ])("refuses %s, naming the row and the field", (_case, cells, field, messageKey) => {
    const { rows, problems } = checkPartnerRows(table(["Good University", "", "FR", "", "", "", ""], cells), mapping);
    expect(rows.map((row) => row.row)).toEqual([2]);
    expect(problems).toContainEqual({ row: 3, field, messageKey });
  });

  it("skips empty rows", () => {
    const { rows, problems } = checkPartnerRows(table(["Lund University", "", "SE", "", "", "", ""], ["", "", "", "", "", "", ""], ["Uppsala University", "", "Sweden", "", "", "", ""]), mapping);
    expect(rows.map((row) => row.row)).toEqual([2, 4]);
    expect(problems).toEqual([]);
  });
});

describe("findDuplicatePartners", () => {
  const HEIDELBERG = { id: "0190a1b2-0000-7000-8000-000000000001", nameEn: "Heidelberg University", nameNative: "Universität Heidelberg", country: "DE", rorId: "038t36y30" };
  const existing = [HEIDELBERG];
  const exists = { messageKey: "exists", values: { name: "Heidelberg University", country: "DE" }, link: { href: `/partners/${HEIDELBERG.id}`, name: "Heidelberg University" } };
  const ROR_HEADERS = [...HEADERS, "ROR ID"];
  const duplicatesIn = (...rows: string[][]) => {
    const padded = rows.map((cells) => ROR_HEADERS.map((_, i) => cells[i] ?? ""));
    const checked = checkPartnerRows({ headers: ROR_HEADERS, rows: padded }, guessMapping(ROR_HEADERS));
    expect(checked.problems).toEqual([]);
    return findDuplicatePartners(checked.rows, existing);
  };

  it.each([
    ["the same English name and country", ["Heidelberg University", "", "DE"], { field: "nameEn", ...exists }],
    ["it in other letter case, spacing and width, the country by its name", ["  heidelberg   UNIVERSITY ", "", "Germany"], { field: "nameEn", ...exists }],
    ["full-width letters", ["Ｈｅｉｄｅｌｂｅｒｇ University", "", "DE"], { field: "nameEn", ...exists }],
    ["the same native name under another English one", ["Ruprecht-Karls-Universität", "universität heidelberg", "DE"], { field: "nameNative", ...exists }],
    ["the English name as the other's native one", ["Universität Heidelberg", "", "DE"], { field: "nameEn", ...exists }],
    ["the same ROR ID as well", ["Heidelberg University", "", "DE", "", "", "", "", "https://ror.org/038t36y30"], { field: "nameEn", ...exists }],
  ])("skips %s as a partner already in Meridian, naming and linking it", (_case, cells, skip) => {
    expect(duplicatesIn(cells)).toEqual({ rows: [], problems: [], skipped: [{ row: 2, ...skip }], forgiven: [] });
  });

  it.each([
    ["another country", ["Heidelberg University", "", "AT"]],
    ["a merely similar name", ["Heidelberg Univ.", "", "DE"]],
    ["a different ROR ID: another institution of the same name", ["Heidelberg University", "", "DE", "", "", "", "", "02kkvpp62"]],
  ])("lets through %s", (_case, cells) => {
    expect(duplicatesIn(cells)).toMatchObject({ rows: [{ row: 2 }], problems: [], skipped: [] });
  });

  it("imports a partner a register lists on several rows once, with what the later rows add, and skips the partner in Meridian on every row", () => {
    const { rows, problems, skipped } = duplicatesIn(
      ["Lund University", "Lunds universitet", "SE", "", "", "", "exchange"],
      ["LUND UNIVERSITY", "", "Sweden", "", "", "www.lu.se", "erasmus"],
      ["Lund University", "", "NO"],
      ["Heidelberg University", "", "DE"],
      ["heidelberg university", "", "DE"],
      ["Lunds  Universitet", "", "SE"],
    );
    expect(rows.map(({ row, input }) => [row, input.nameEn, input.nameNative, input.website, input.tags])).toEqual([
      [2, "Lund University", "Lunds universitet", "https://www.lu.se", ["exchange", "erasmus"]],
      [4, "Lund University", null, null, []],
    ]);
    expect(problems).toEqual([]);
    expect(skipped).toEqual([
      { row: 3, field: "nameEn", messageKey: "repeats", values: { row: "2", country: "SE" } },
      { row: 5, field: "nameEn", ...exists },
      { row: 6, field: "nameEn", ...exists },
      // Its English name is the earlier row's native one.
      { row: 7, field: "nameEn", messageKey: "repeats", values: { row: "2", country: "SE" } },
    ]);
  });

  it("takes a repeat's kind or status where the earlier row left it to the default, and its empty one as no answer", () => {
    const headers = ["Name", "Country", "Kind", "Status", "City", "Notes"];
    const checked = checkPartnerRows(
      {
        headers,
        rows: [
          ["Max Planck Institute", "DE", "", "", "München", "Joint lab"],
          ["Max Planck Institute", "DE", "Research institute", "Dormant", "MÜNCHEN", "Summer school"],
          ["Max Planck Institute", "DE", "", "", "", "Joint lab"],
        ],
      },
      guessMapping(headers),
    );
    const { rows, problems, skipped } = findDuplicatePartners(checked.rows, []);
    expect(problems).toEqual([]);
    expect(skipped.map(({ row, messageKey }) => [row, messageKey])).toEqual([[3, "repeats"], [4, "repeats"]]);
    expect(rows.map(({ input }) => [input.kind, input.status, input.city, input.notes])).toEqual([["RESEARCH_INSTITUTE", "DORMANT", "München", "Joint lab\nSummer school"]]);
  });

  it("refuses a row whose English and native names are two different partners'", () => {
    const { rows, problems } = duplicatesIn(["Lund University", "", "SE"], ["Lund Univ.", "Lunds universitet", "SE"], ["Lund University", "Lunds universitet", "SE"]);
    expect(rows.map((row) => row.row)).toEqual([2, 3]);
    expect(problems).toEqual([{ row: 4, field: "nameNative", messageKey: "namesTwo", values: { firstKind: "row", first: "2", secondKind: "row", second: "3", country: "SE" } }]);
  });

  it("leaves out a bad row that names a partner in Meridian: nothing of it would be imported", () => {
    const checked = checkPartnerRows(table(["heidelberg university", "", "Germany", "Castle", "", "", ""], ["Nowhere University", "", "Germany", "Castle", "", "", ""]), mapping);
    expect(checked.problems.map(({ row }) => row)).toEqual([2, 3]);
    expect(findDuplicatePartners(checked.rows, existing, checked.refused)).toEqual({ rows: [], problems: [], skipped: [{ row: 2, field: "nameEn", ...exists }], forgiven: [checked.problems[0]] });
  });

  it("forgives a bad partner of a multilateral row that Meridian has, not the other partners of the row", () => {
    const checked = checkPartnerRows(table(["Heidelberg University；University of Vienna", "", "德国；奥地利", "Castle", "", "", ""]), mapping);
    expect(checked.problems).toHaveLength(2);
    const { skipped, forgiven } = findDuplicatePartners(checked.rows, existing, checked.refused);
    expect(skipped).toEqual([{ row: 2, field: "nameEn", ...exists }]);
    expect(checked.problems.filter((problem) => !forgiven.includes(problem))).toEqual([checked.problems[1]]);
  });

  it("refuses a repeat that gives a field differently, naming the field and the earlier row", () => {
    const { rows, problems, skipped } = duplicatesIn(
      ["Lund University", "Lunds universitet", "SE", "University"],
      ["Lund Univ", "Lunds  Universitet", "SE"],
      ["Lund University", "", "SE", "Research institute"],
    );
    expect(rows.map((row) => row.row)).toEqual([2]);
    expect(skipped).toEqual([]);
    expect(problems).toEqual([
      { row: 3, field: "nameEn", messageKey: "differsFromRow", values: { row: "2", country: "SE" } },
      { row: 4, field: "kind", messageKey: "differsFromRow", values: { row: "2", country: "SE" } },
    ]);
  });
});

describe("other names", () => {
  it("finds a partner in Meridian by one of its other names, and joins the other names a repeat adds", () => {
    const heidelberg = { id: "0190a1b2-0000-7000-8000-000000000002", nameEn: "Heidelberg University", nameNative: null, otherNames: "海德堡大学\nRuperto Carola", country: "DE", rorId: null };
    const headers = ["Name", "Other names", "Country"];
    const checked = checkPartnerRows(
      {
        headers,
        rows: [
          ["海德堡大学", "", "DE"],
          ["Lund University", "隆德大学; Lunds universitet", "SE"],
          ["Lund University", "隆德大学\nLU", "SE"],
        ],
      },
      guessMapping(headers),
    );
    expect(checked.problems).toEqual([]);
    const { rows, skipped } = findDuplicatePartners(checked.rows, [heidelberg]);
    expect(skipped.map(({ row, messageKey }) => [row, messageKey])).toEqual([[2, "exists"], [4, "repeats"]]);
    expect(rows.map(({ input }) => [input.nameEn, input.otherNames])).toEqual([["Lund University", "隆德大学\nLunds universitet\nLU"]]);
  });

  it("takes a row's other names for the partner in the rows after it", () => {
    const headers = ["Name", "Other names", "Country"];
    const checked = checkPartnerRows({ headers, rows: [["Technical University of Munich", "TU München", "DE"], ["TU  MÜNCHEN", "", "Germany"]] }, guessMapping(headers));
    const { rows, skipped } = findDuplicatePartners(checked.rows, []);
    expect(rows.map(({ row }) => row)).toEqual([2]);
    expect(skipped.map(({ row, messageKey }) => [row, messageKey])).toEqual([[3, "repeats"]]);
  });

  it("counts an other name only when no English or native name matches and one partner alone has it", () => {
    const partner = (id: string, nameEn: string, otherNames: string) => ({ id: `0190a1b2-0000-7000-8000-00000000001${id}`, nameEn, nameNative: null, otherNames, country: "US", rorId: null });
    // "UC" is an other name of two partners; "Cal" is one partner's other name and another's English name.
    const existing = [partner("1", "University of California, Berkeley", "UC\nCal Bears"), partner("2", "University of Cincinnati", "UC"), partner("3", "Cal Bears", "")];
    const headers = ["Name", "Country"];
    const checked = checkPartnerRows({ headers, rows: [["UC", "US"], ["Cal Bears", "US"]] }, guessMapping(headers));
    const { rows, skipped } = findDuplicatePartners(checked.rows, existing);
    expect(rows.map(({ row }) => row)).toEqual([2]);
    expect(skipped).toMatchObject([{ row: 3, messageKey: "exists", values: { name: "Cal Bears" } }]);
  });

  it("refuses other names on a row of several partners: whose they are cannot be told", () => {
    const headers = ["Name", "Other names", "Country"];
    const { rows, problems } = checkPartnerRows({ headers, rows: [["TUM；RWTH", "慕尼黑工业大学", "DE"]] }, guessMapping(headers));
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ row: 2, field: "otherNames", messageKey: "otherNamesOfSeveral", values: { count: "2" } }]);
  });

  it("refuses a repeat that would give a partner more other names than it may hold", () => {
    const headers = ["Name", "Other names", "Country"];
    const names = (from: number) => Array.from({ length: 6 }, (_, i) => `Name ${from + i}`).join("; ");
    const checked = checkPartnerRows({ headers, rows: [["Lund University", names(1), "SE"], ["Lund University", names(7), "SE"]] }, guessMapping(headers));
    expect(findDuplicatePartners(checked.rows, []).problems).toEqual([{ row: 3, field: "otherNames", messageKey: "tooManyOtherNames", values: { row: "2", country: "SE" } }]);
  });
});

describe("a Chinese name", () => {
  const headers = ["Name", "Native name", "Chinese name", "Country"];
  const check = (...rows: string[][]) => checkPartnerRows({ headers, rows }, guessMapping(headers));

  it("is the native name of a partner in a Chinese-speaking region and an other name of any other", () => {
    const { rows, problems } = check(
      ["Tsinghua University", "", "清华大学", "CN"],
      ["Technical University of Munich", "Technische Universität München", "慕尼黑工业大学", "德国"],
      ["The Chinese University of Hong Kong", "香港中文大學", "香港中文大学", "HK"],
      ["Kyoto University", "京都大学", "京都大学", "JP"],
    );
    expect(problems).toEqual([]);
    expect(rows.map(({ input }) => [input.nameNative, input.otherNames])).toEqual([
      ["清华大学", null],
      ["Technische Universität München", "慕尼黑工业大学"],
      ["香港中文大學", "香港中文大学"],
      ["京都大学", null],
    ]);
  });

  it("may be several, as other names are written", () => {
    const { rows } = check(["Technical University of Munich", "", "慕尼黑工业大学；慕尼黑理工大学", "DE"], ["Tsinghua University", "", "清华大学; 清华", "CN"]);
    expect(rows.map(({ input }) => [input.nameNative, input.otherNames])).toEqual([
      [null, "慕尼黑工业大学\n慕尼黑理工大学"],
      ["清华大学", "清华"],
    ]);
  });

  it("names itself in a problem it alone causes, beside other names or not", () => {
    const { problems } = check(["Technical University of Munich", "", "慕".repeat(301), "DE"], ["Tsinghua University", "", "\u0000清华", "CN"]);
    expect(problems.map(({ row, field }) => [row, field])).toEqual([[2, "nameChinese"], [3, "nameChinese"]]);
    const withOthers = ["Name", "Chinese name", "Other names", "Country"];
    const others = checkPartnerRows({ headers: withOthers, rows: [["TUM", "慕".repeat(301), "TU München", "DE"], ["TUM", "慕尼黑工业大学", "x".repeat(301), "DE"]] }, guessMapping(withOthers));
    expect(others.problems.map(({ row, field }) => [row, field])).toEqual([[2, "nameChinese"], [3, "otherNames"]]);
  });

  it("pairs up with the partners of a multilateral row by place", () => {
    expect(check(["TUM；RWTH Aachen", "", "慕尼黑工业大学；亚琛工业大学", "DE"]).rows.map(({ input }) => [input.nameEn, input.otherNames])).toEqual([
      ["TUM", "慕尼黑工业大学"],
      ["RWTH Aachen", "亚琛工业大学"],
    ]);
    expect(check(["TUM；RWTH Aachen", "", "慕尼黑工业大学", "DE"]).problems).toMatchObject([{ row: 2, field: "nameChinese", messageKey: "partnerList" }]);
  });

  it("finds the partner in Meridian by its Chinese name when no English or native name does, if one partner alone has it", () => {
    const partner = (id: string, nameEn: string, otherNames: string) => ({ id: `0190a1b2-0000-7000-8000-00000000002${id}`, nameEn, nameNative: null, otherNames, country: "DE", rorId: null });
    const existing = [partner("1", "Technical University of Munich", "慕尼黑工业大学"), partner("2", "Free University of Berlin", "柏林大学"), partner("3", "Humboldt University of Berlin", "柏林大学")];
    const checked = check(["TU Munich", "", "慕尼黑工業大學", "DE"], ["FU Berlin", "", "柏林大学", "DE"], ["Munich Technical University", "", "慕尼黑工业大学", "DE"]);
    const script = (name: string) => [name, name.replace("業", "业").replace("學", "学")];
    const { rows, skipped } = findDuplicatePartners(checked.rows, existing, [], script);
    expect(skipped).toMatchObject([
      { row: 2, field: "nameChinese", messageKey: "exists", values: { name: "Technical University of Munich" } },
      { row: 4, field: "nameChinese", messageKey: "exists", values: { name: "Technical University of Munich" } },
    ]);
    // 柏林大学 is two partners' other name: it names neither, and the row is a new partner.
    expect(rows.map(({ row }) => row)).toEqual([3]);
  });

  it("makes a bad row a partner in Meridian that has one of its Chinese names, and leaves the row out", () => {
    const tum = { id: "0190a1b2-0000-7000-8000-000000000031", nameEn: "Technical University of Munich", nameNative: null, otherNames: "慕尼黑理工大学", country: "DE", rorId: null };
    const withKind = ["Name", "Chinese name", "Country", "Kind"];
    const checked = checkPartnerRows({ headers: withKind, rows: [["TU Munich", "慕尼黑工业大学；慕尼黑理工大学", "DE", "Castle"]] }, guessMapping(withKind));
    expect(checked.problems).toMatchObject([{ row: 2, field: "kind" }]);
    expect(findDuplicatePartners(checked.rows, [tum], checked.refused)).toMatchObject({ skipped: [{ row: 2, messageKey: "exists", values: { name: tum.nameEn } }], forgiven: [{ row: 2, field: "kind" }] });
  });

  it("is the partner of an earlier row that has it, as a native name would be; a short form two rows share is not", () => {
    const withOthers = ["Name", "Chinese name", "Other names", "Country"];
    const checked = checkPartnerRows(
      {
        headers: withOthers,
        rows: [
          ["Free University of Berlin", "", "FU Berlin", "DE"],
          ["Fachhochschule Universität Berlin", "", "FU Berlin", "DE"],
          ["TU Munich", "慕尼黑工业大学", "", "DE"],
          ["TU Munich", "慕尼黑工业大学", "TUM", "DE"],
          ["Munich Technical University", "慕尼黑工业大学", "", "DE"],
        ],
      },
      guessMapping(withOthers),
    );
    // Which English name is right is the office's to say.
    expect(findDuplicatePartners(checked.rows, [])).toMatchObject({
      rows: [{ row: 2 }, { row: 3 }, { row: 4, input: { otherNames: "慕尼黑工业大学\nTUM" } }],
      problems: [{ row: 6, field: "nameEn", messageKey: "differsFromRow", values: { row: "4" } }],
      skipped: [{ row: 5, messageKey: "repeats" }],
    });
  });
});

describe("readTable", () => {
  it("reads CSV in UTF-8 with a byte-order mark, and in GB18030 as a Chinese Excel saves it", async () => {
    const utf8 = new TextEncoder().encode('\uFEFFName,Country\r\n"Tsinghua, Beijing",CN\r\n');
    expect(await readTable(utf8)).toEqual({ headers: ["Name", "Country"], rows: [["Tsinghua, Beijing", "CN"]], headerRow: 1 });
    // "名称,国家\n清华大学,CN\n" in GB18030
    const gb = Uint8Array.from([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb9, 0xfa, 0xbc, 0xd2, 0x0a, 0xc7, 0xe5, 0xbb, 0xaa, 0xb4, 0xf3, 0xd1, 0xa7, 0x2c, 0x43, 0x4e, 0x0a]);
    expect(await readTable(gb)).toEqual({ headers: ["名称", "国家"], rows: [["清华大学", "CN"]], headerRow: 1 });
  });

  it("reads semicolon-separated CSV and the first sheet of a workbook", async () => {
    expect(await readTable(new TextEncoder().encode("Name;Country\nLund University;SE\n"))).toEqual({ headers: ["Name", "Country"], rows: [["Lund University", "SE"]], headerRow: 1 });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Partners");
    sheet.addRow(["Name", "Country", "Since"]);
    sheet.addRow(["Lund University", "SE", new Date(Date.UTC(2020, 0, 2))]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readTable(bytes)).toEqual({ headers: ["Name", "Country", "Since"], rows: [["Lund University", "SE", "2020-01-02"]], headerRow: 1 });
  });
});

describe("the template's headers", () => {
  it("map themselves, in English and in Chinese", async () => {
    const en = (await import("@/lib/i18n/messages/partner-records.en.json")).partnerRecord.fields;
    const zh = (await import("@/lib/i18n/messages/partner-records.zh.json")).partnerRecord.fields;
    const fields = ["nameEn", "nameNative", "nameChinese", "otherNames", "acronym", "kind", "country", "city", "website", "rorId", "erasmusCode", "status", "tags", "notes"] as const;
    for (const labels of [en, zh]) {
      expect(guessMapping(fields.map((field) => labels[field]))).toEqual(Object.fromEntries(fields.map((field, i) => [field, i])));
    }
  });
});
