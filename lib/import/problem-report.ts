import { csvStream, type Column } from "@/lib/export/tabular";
import type { ImportMapping, RowProblem } from "./mapping";
import { cellsOfRow, type Table } from "./read-table";

// What a dry run says about the bad rows: every problem in words, a short list for the page
// and the complete list as a CSV report to download. The report is written here, on the
// server, by the exports' own CSV writer (byte-order mark, formula guard): that writer lives
// beside exceljs, which has no place in the browser's bundle.

/** How many problems the page lists; the report has them all. */
export const MAX_PROBLEMS_SHOWN = 500;

/** A cell's value longer than this is cut in the report: a row's notes can run to pages. */
const MAX_VALUE_LENGTH = 200;

/** A translator whose keys are checked at run time (`has`), for namespaces chosen by the importer. */
export type Translator = ((key: string, values?: Record<string, string>) => string) & { has: (key: string) => boolean };

/** One problem in the user's words: the field's label, the column's header, the cell as given. */
export type DescribedProblem = { row: number; field: string; column: string; value: string; message: string; link?: RowProblem["link"] };

export type ProblemTranslators = {
  /** The import's own namespace: its `errors.<field>.<key>` and `errors.<key>` come first. */
  own: Translator;
  /** The record form's namespace: its `errors.<key>` are the fallback. */
  form: Translator;
  /** The fields' labels. */
  labels: Translator;
  /** A country or region's name from its code, for a problem's `country` value. */
  region: (code: string) => string;
};

/** Where an import's messages about rows are: why a row is bad, or why it is left out. */
export type ProblemSection = "errors" | "skipped";

/** Each problem with its field's label, its column's header, the cell and the most specific message there is. */
export function describeProblems(
  problems: readonly RowProblem[],
  table: Table,
  mapping: ImportMapping,
  { own, form, labels, region }: ProblemTranslators,
  section: ProblemSection = "errors",
): DescribedProblem[] {
  return problems.map(({ row, field, messageKey, values: given, link }) => {
    const values = given?.country ? { ...given, country: region(given.country) } : given;
    const column = field === "row" ? null : (mapping[field] ?? null);
    const keys = [`${section}.${field}.${messageKey}`, `${section}.${messageKey}`];
    const ownKey = keys.find((key) => own.has(key));
    const message = ownKey ? own(ownKey, values) : form.has(`errors.${messageKey}`) ? form(`errors.${messageKey}`, values) : form("errors.invalid");
    const cell = column === null ? "" : (cellsOfRow(table, row)?.[column] ?? "").trim();
    return {
      row,
      field: field === "row" ? "" : labels(field),
      column: column === null ? "" : (table.headers[column] ?? ""),
      value: cell.length > MAX_VALUE_LENGTH ? `${cell.slice(0, MAX_VALUE_LENGTH - 1)}…` : cell,
      message,
      ...(link ? { link } : {}),
    };
  });
}

/** The report's column headers, in the user's language. */
export type ReportHeaders = Record<Exclude<keyof DescribedProblem, "link">, string>;

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/**
 * Every problem as CSV text, one line each, as the exports write it: UTF-8 with a
 * byte-order mark (Excel then reads Chinese), CRLF line ends, formulas defused.
 */
export async function problemReportCsv(problems: readonly DescribedProblem[], headers: ReportHeaders): Promise<string> {
  const columns: Column<DescribedProblem>[] = [
    { header: headers.row, value: (problem) => problem.row },
    { header: headers.field, value: (problem) => problem.field },
    { header: headers.column, value: (problem) => problem.column },
    { header: headers.value, value: (problem) => problem.value },
    { header: headers.message, value: (problem) => problem.message },
  ];
  // ignoreBOM keeps the byte-order mark in the text, so the browser's file has it too.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(csvStream(each(problems), columns)).arrayBuffer());
}

export type ProblemsAnswer = {
  badRows: number;
  problemCount: number;
  /** The first MAX_PROBLEMS_SHOWN, for the page. */
  problems: DescribedProblem[];
  /** All of them, as CSV text for the browser to save. */
  report: string;
};

/** The dry run's answer about bad rows: the true totals, the page's list and the complete report. */
export async function problemsAnswerOf(described: readonly DescribedProblem[], headers: ReportHeaders): Promise<ProblemsAnswer> {
  return {
    badRows: new Set(described.map((problem) => problem.row)).size,
    problemCount: described.length,
    problems: described.slice(0, MAX_PROBLEMS_SHOWN),
    report: described.length ? await problemReportCsv(described, headers) : "",
  };
}
