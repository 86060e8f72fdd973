import { describe, expect, it } from "vitest";
import type { RowProblem } from "./mapping";
import { describeProblems, MAX_PROBLEMS_SHOWN, problemReportCsv, problemsAnswerOf, type DescribedProblem, type ReportHeaders, type Translator } from "./problem-report";

/** A translator over a flat catalogue, filling {placeholders} as next-intl would. */
function translatorOf(messages: Record<string, string>): Translator {
  const t = (key: string, values?: Record<string, string>) => {
    const message = messages[key];
    if (message === undefined) throw new Error(`no message ${key}`);
    return message.replace(/\{(\w+)\}/g, (_, name: string) => values?.[name] ?? "");
  };
  return Object.assign(t, { has: (key: string) => key in messages });
}

const translators = {
  own: translatorOf({
    "errors.partners.notFound": "No partner is called “{name}”.",
    "errors.duplicateInFile": "This row repeats an earlier one.",
    "errors.exists": "A partner with this name already exists in {country}: {name}.",
  }),
  form: translatorOf({ "errors.required": "Fill this in.", "errors.invalid": "This is not valid." }),
  labels: translatorOf({ title: "Title", partners: "Partners", notes: "Notes" }),
  region: (code: string) => ({ DE: "Germany" })[code] ?? code,
};
const headers: ReportHeaders = { row: "Row", field: "Field", column: "Column", value: "Value", message: "Problem" };

describe("describeProblems", () => {
  const table = {
    headers: ["Titel", "Partner", "Bemerkungen"],
    rows: [
      ["", "  Atlantis  ", ""],
      ["Exchange", "Nowhere", "x".repeat(500)],
    ],
  };
  const mapping = { title: 0, partners: 1, notes: 2 };

  it("names the field, the column and the cell, with the most specific message there is", () => {
    const problems: RowProblem[] = [
      { row: 2, field: "title", messageKey: "required" },
      { row: 2, field: "partners", messageKey: "notFound", values: { name: "Atlantis" } },
      { row: 3, field: "row", messageKey: "duplicateInFile" },
      { row: 3, field: "partners", messageKey: "somethingNew" },
    ];
    expect(describeProblems(problems, table, mapping, translators)).toEqual([
      { row: 2, field: "Title", column: "Titel", value: "", message: "Fill this in." },
      { row: 2, field: "Partners", column: "Partner", value: "Atlantis", message: "No partner is called “Atlantis”." },
      { row: 3, field: "", column: "", value: "", message: "This row repeats an earlier one." },
      { row: 3, field: "Partners", column: "Partner", value: "Nowhere", message: "This is not valid." },
    ]);
  });

  it("names a country in the reader's words and keeps the record to link to", () => {
    const link = { href: "/partners/0190", name: "Heidelberg University" };
    const problems: RowProblem[] = [{ row: 2, field: "title", messageKey: "exists", values: { name: "Heidelberg University", country: "DE" }, link }];
    expect(describeProblems(problems, table, mapping, translators)).toEqual([
      { row: 2, field: "Title", column: "Titel", value: "", message: "A partner with this name already exists in Germany: Heidelberg University.", link },
    ]);
  });

  it("cuts a long cell, and leaves the value out for a field that comes from no column", () => {
    const [long, unmapped] = describeProblems(
      [
        { row: 3, field: "notes", messageKey: "invalid" },
        { row: 3, field: "title", messageKey: "required" },
      ],
      table,
      { ...mapping, title: null },
      translators,
    );
    expect(long?.value).toHaveLength(200);
    expect(long?.value.endsWith("x…")).toBe(true);
    expect(unmapped).toMatchObject({ column: "", value: "" });
  });
});

const problem = (row: number, overrides: Partial<DescribedProblem> = {}): DescribedProblem => ({ row, field: "Partners", column: "Partner", value: "Atlantis", message: "Not found.", ...overrides });

describe("problemReportCsv", () => {
  it("writes CSV as the exports do: byte-order mark, headers, CRLF, Chinese intact, formulas defused", async () => {
    const text = await problemReportCsv(
      [problem(2, { value: "=HYPERLINK(\"http://evil\")", message: "No partner is called “=HYPERLINK(...)”, check it." }), problem(7, { field: "合作伙伴", column: "合作方", value: "清华大学", message: "没有名为“清华大学”的合作伙伴。" })],
      headers,
    );
    expect(text).toBe(
      "\uFEFFRow,Field,Column,Value,Problem\r\n" +
        `2,Partners,Partner,"'=HYPERLINK(""http://evil"")","No partner is called “=HYPERLINK(...)”, check it."\r\n` +
        "7,合作伙伴,合作方,清华大学,没有名为“清华大学”的合作伙伴。\r\n",
    );
  });
});

describe("problemsAnswerOf", () => {
  it("counts every bad row and problem, lists the first for the page and reports them all", async () => {
    // 1,500 problems on 750 rows: two each.
    const described = Array.from({ length: 1500 }, (_, i) => problem(2 + Math.floor(i / 2), { message: `Problem ${i}` }));
    const answer = await problemsAnswerOf(described, headers);
    expect(answer.badRows).toBe(750);
    expect(answer.problemCount).toBe(1500);
    expect(answer.problems).toHaveLength(MAX_PROBLEMS_SHOWN);
    const lines = answer.report.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(1501);
    expect(lines.at(-1)).toBe("751,Partners,Partner,Atlantis,Problem 1499");
  });

  it("has no report when every row is good", async () => {
    expect(await problemsAnswerOf([], headers)).toEqual({ badRows: 0, problemCount: 0, problems: [], report: "" });
  });
});
