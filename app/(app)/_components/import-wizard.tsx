"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { Alert } from "@/components/alert";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/table";
import type { DescribedProblem } from "@/lib/import/problem-report";
import { ImportProblems } from "./import-problems";

/** `whenEmpty`: what a row without this field gets, named when no column is chosen for it; `hint`: what the field does with a column's values, where its name does not say. */
export type ImportField = { key: string; label: string; isRequired: boolean; whenEmpty?: string; hint?: string };
/** Which records a wizard imports: picks its wording and where it posts. */
export type ImportWizardKind = "partners" | "agreements";
type Mapping = Record<string, number | null>;
type FileInfo = { name: string; headers: string[]; headerRow: number; headerRows: number; sheet: string | null; sheets: string[]; sample: string[][]; rowCount: number; remembered: boolean };
/**
 * The dry run's answer: the true totals, the first problems (the page's list), every problem as
 * CSV text, and the rows left out (records Meridian has, repeats) with the first of them.
 */
type Check = {
  valid: number;
  badRows: number;
  problemCount: number;
  problems: DescribedProblem[];
  report: string;
  /** The rows left out, told as the bad rows are: `problemCount` of them, the first, all as CSV. */
  skipped: { problemCount: number; problems: DescribedProblem[]; report: string };
  /** Rows with text only in columns not imported. */
  ignored: number[];
};
type Outcome = { created: number; skipped: number };

/** How many ignored rows the page names by number. */
const MAX_ROWS_NAMED = 10;
type Progress = { done: number; total: number } | null;

async function post(kind: ImportWizardKind, file: File, sheet: string | null, intent: string, mapping?: Mapping): Promise<Response> {
  const body = new FormData();
  body.set("file", file);
  if (sheet) body.set("sheet", sheet);
  body.set("intent", intent);
  if (mapping) body.set("mapping", JSON.stringify(mapping));
  return fetch(`/${kind}/import/run`, { method: "POST", body });
}

async function answer<T>(response: Response): Promise<T | { error: string }> {
  if (response.headers.get("content-type")?.includes("json")) return (await response.json()) as T | { error: string };
  return { error: response.statusText };
}

/** The wizard's native selects (sheet, column per field): 40 px high on phones, 16 px text so iOS does not zoom. */
const selectClassName =
  "h-10 w-full min-w-0 rounded-field border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-xs outline-none focus-visible:border-brand-600 focus-visible:ring-1 focus-visible:ring-brand-600 sm:h-9 sm:text-sm";

/**
 * Saves a CSV report the server wrote (with its byte-order mark) as `<kind>-import-<name>-<date>.csv`,
 * without asking the server again: the check's answer already holds it.
 */
function saveReport(text: string, kind: ImportWizardKind, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${kind}-import-${name}-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser may still be reading it when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A table wider than the screen scrolls inside this frame, which keyboard users can focus
 * and scroll with the arrow keys (the table's own frame then never needs to scroll).
 */
function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-card outline-none focus-visible:ring-2 focus-visible:ring-brand-600">
      <div className="w-max min-w-full">{children}</div>
    </div>
  );
}

/**
 * The three steps of an import on one page, for any kind of record: choose the file, match
 * its columns to the fields (the last choice is remembered on the server), check every row,
 * then import all or nothing while a progress bar follows the server's progress lines. The
 * server side is `/<kind>/import/run` (lib/import/run-route.ts).
 */
export function ImportWizard({ kind, fields }: { kind: ImportWizardKind; fields: ImportField[] }) {
  const t = useTranslations("dataImport");
  const [file, setFile] = useState<File | null>(null);
  const [info, setInfo] = useState<FileInfo | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [check, setCheck] = useState<Check | null>(null);
  const [progress, setProgress] = useState<Progress>(null);
  const [created, setCreated] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"reading" | "checking" | "importing" | null>(null);

  /** Reads a file (a workbook's best sheet, or the sheet named) for its columns and a guess at their fields. */
  async function choose(chosen: File | null, sheet: string | null = null) {
    setFile(chosen);
    // Another sheet of the same file keeps the sheet choice on screen (and its focus) while it is read.
    if (!sheet) setInfo(null);
    setCheck(null);
    setCreated(null);
    setError(null);
    if (!chosen) return;
    setBusy("reading");
    try {
      const result = await answer<Omit<FileInfo, "name"> & { mapping: Mapping }>(await post(kind, chosen, sheet, "read"));
      if ("error" in result) return setError(result.error);
      setInfo({ ...result, name: chosen.name });
      setMapping(result.mapping);
    } catch {
      setError(t(`kinds.${kind}.network`));
    } finally {
      setBusy(null);
    }
  }

  const missing = fields.filter((field) => field.isRequired && (mapping[field.key] ?? null) === null);

  async function runCheck() {
    if (!file) return;
    setBusy("checking");
    setError(null);
    try {
      const result = await answer<Check>(await post(kind, file, info?.sheet ?? null, "check", mapping));
      if ("error" in result) setError(result.error);
      else setCheck(result);
    } catch {
      setError(t(`kinds.${kind}.network`));
    } finally {
      setBusy(null);
    }
  }

  async function runImport() {
    if (!file) return;
    setBusy("importing");
    setError(null);
    setProgress({ done: 0, total: check?.valid ?? 0 });
    try {
      const response = await post(kind, file, info?.sheet ?? null, "import", mapping);
      if (!response.body || !response.ok) return setError(t(`kinds.${kind}.network`));
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const message = JSON.parse(line) as { done?: number; total?: number; created?: number; error?: string } & Partial<Omit<Check, "skipped">> & { skipped?: number };
          if (message.total !== undefined && message.done !== undefined) setProgress({ done: message.done, total: message.total });
          if (message.created !== undefined) setCreated({ created: message.created, skipped: message.skipped ?? 0 });
          if (message.error) setError(message.error);
          if (message.problems) {
            const { problems, badRows = 0, problemCount = problems.length, report = "" } = message;
            setCheck((before) => ({ valid: 0, badRows, problemCount, problems, report, skipped: before?.skipped ?? { problemCount: 0, problems: [], report: "" }, ignored: before?.ignored ?? [] }));
          }
        }
      }
    } catch {
      setError(t(`kinds.${kind}.network`));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }

  return (
    <div className="flex flex-col gap-5">
      <Card title={t("steps.file")}>
        <div className="flex flex-col gap-2">
          <label htmlFor="import-file" className="text-sm font-medium text-slate-800">
            {t("file.label")}
          </label>
          <p id="import-file-hint" className="text-sm text-slate-600">
            {t("file.hint")}
          </p>
          <input
            id="import-file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            disabled={busy === "importing"}
            onChange={(event) => void choose(event.currentTarget.files?.[0] ?? null)}
            className="block w-full min-w-0 text-sm text-slate-700 file:me-3 file:min-h-9 file:rounded-field file:border file:border-slate-300 file:bg-white file:px-3 file:font-medium file:text-slate-800 hover:file:bg-slate-50"
          />
          <p role="status" className="text-sm text-slate-600">
            {busy === "reading" ? t("file.reading") : info ? t("file.read", { rows: info.rowCount, name: info.name }) : ""}
          </p>
          {info && info.sheets.length > 1 ? (
            <div className="mt-1 flex flex-col gap-1.5">
              <label htmlFor="import-sheet" className="text-sm font-medium text-slate-800">
                {t("file.sheet")}
              </label>
              <p id="import-sheet-hint" className="text-sm text-slate-600">
                {t("file.sheets", { count: info.sheets.length })}
              </p>
              <select
                id="import-sheet"
                aria-describedby="import-sheet-hint"
                value={info.sheet ?? ""}
                // Not while a sheet is read: a disabled control would drop the keyboard's focus.
                disabled={busy === "checking" || busy === "importing"}
                onChange={(event) => void choose(file, event.currentTarget.value)}
                className={`${selectClassName} max-w-sm`}
              >
                {info.sheets.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
      </Card>

      {error ? (
        <div role="alert">
          <Alert tone="danger">{error}</Alert>
        </div>
      ) : null}

      {info ? (
        <Card title={t("steps.map")} description={t(`kinds.${kind}.mapIntro`)}>
          <p className="mb-3 text-sm text-slate-600">
            {info.headerRow > 1 || info.sheet ? `${t("map.foundAt", { rows: info.headerRows, first: info.headerRow - info.headerRows + 1, row: info.headerRow, sheet: info.sheet ?? "none" })} ` : null}
            {info.remembered ? t("map.remembered") : t("map.guessed")}
          </p>
          <div className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            {fields.map((field) => (
              <div key={field.key} className="flex min-w-0 flex-col gap-1.5">
                <label htmlFor={`map-${field.key}`} className="text-sm font-medium text-slate-800">
                  {field.label}
                  {field.isRequired ? <span className="ms-1 text-xs font-normal text-slate-500">({t("map.required")})</span> : null}
                </label>
                <select
                  id={`map-${field.key}`}
                  aria-describedby={field.hint ? `map-${field.key}-hint` : undefined}
                  value={mapping[field.key] ?? ""}
                  onChange={(event) => {
                    setMapping({ ...mapping, [field.key]: event.currentTarget.value === "" ? null : Number(event.currentTarget.value) });
                    setCheck(null);
                  }}
                  className={selectClassName}
                >
                  <option value="">{field.whenEmpty ? t("map.noneDefault", { value: field.whenEmpty }) : t("map.none")}</option>
                  {info.headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header || `#${index + 1}`}
                    </option>
                  ))}
                </select>
                {/* Below the choice, so the choices of a row of fields line up. */}
                {field.hint ? (
                  <p id={`map-${field.key}-hint`} className="text-xs text-slate-500">
                    {field.hint}
                  </p>
                ) : null}
              </div>
            ))}
          </div>
          {info.sample.length ? (
            <div className="mt-5">
              <ScrollRegion label={t("map.sample")}>
                <Table caption={t("map.sample")} isCaptionVisible>
                  <TableHead>
                    <TableRow>
                      {info.headers.map((header, index) => (
                        <TableHeaderCell key={index}>{header}</TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {info.sample.map((row, index) => (
                      <TableRow key={index}>
                        {info.headers.map((_, column) => (
                          <TableCell key={column} className="max-w-48 truncate">
                            {row[column] ?? ""}
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </ScrollRegion>
            </div>
          ) : null}
        </Card>
      ) : null}

      {info ? (
        <Card title={t("steps.check")}>
          <div className="flex flex-col gap-4">
            {missing.length ? <p className="text-sm text-warning-800">{t("map.requiredMissing", { fields: missing.map((field) => field.label).join(", ") })}</p> : null}
            <div className="flex flex-wrap gap-3">
              <Button variant={check ? "secondary" : "primary"} isDisabled={missing.length > 0 || busy !== null} isPending={busy === "checking"} pendingLabel={t("check.checking")} onPress={() => void runCheck()}>
                {t("check.button")}
              </Button>
              {check && check.problemCount === 0 && check.valid > 0 && created === null ? (
                <Button isDisabled={busy !== null} isPending={busy === "importing"} pendingLabel={t("import.starting")} onPress={() => void runImport()}>
                  {t(`kinds.${kind}.button`, { count: check.valid })}
                </Button>
              ) : null}
            </div>
            {progress ? (
              <div className="flex flex-col gap-1.5">
                <progress aria-label={t("import.progress")} value={progress.done} max={Math.max(progress.total, 1)} className="h-2 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-100 [&::-webkit-progress-value]:bg-brand-600" />
                <p role="status" className="text-sm text-slate-600 tabular-nums">
                  {t("import.importing", { done: progress.done, total: progress.total })}
                </p>
              </div>
            ) : null}
            {created !== null ? (
              <div role="status">
                <Alert tone="success" action={<Link href={`/${kind}?sort=newest`} className="font-medium underline">{t(`kinds.${kind}.view`)}</Link>}>
                  {t(`kinds.${kind}.done`, { count: created.created })}
                  {created.skipped ? ` ${t(`kinds.${kind}.leftOut`, { count: created.skipped })}` : null}
                </Alert>
              </div>
            ) : check && created === null ? (
              check.problemCount === 0 ? (
                <p role="status" className="text-sm text-slate-700">
                  <span className="font-medium text-success-700">
                    {check.skipped.problemCount === 0 ? t("check.allGood", { count: check.valid }) : check.valid > 0 ? t("check.ready", { count: check.valid }) : t("check.nothingNew")}
                  </span>
                  {check.skipped.problemCount > 0 ? ` ${t(`kinds.${kind}.skipped`, { count: check.skipped.problemCount })}` : null}
                </p>
              ) : (
                <div className="flex flex-col gap-3">
                  <div role="alert">
                    <Alert tone="warning">{t("check.someBad", { count: check.badRows, problems: check.problemCount })}</Alert>
                  </div>
                  {check.report ? (
                    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
                      <Button
                        variant="secondary"
                        aria-describedby="import-report-hint"
                        onPress={() => saveReport(check.report, kind, "problems")}
                      >
                        {t("check.download")}
                      </Button>
                      <p id="import-report-hint" className="min-w-0 text-sm text-slate-600">
                        {t("check.downloadHint")}
                      </p>
                    </div>
                  ) : null}
                  {check.problems.length < check.problemCount ? <p className="text-sm text-slate-600">{t("check.shown", { shown: check.problems.length, count: check.problemCount })}</p> : null}
                  <ImportProblems problems={check.problems} />
                </div>
              )
            ) : null}
            {check && created === null && check.ignored.length > 0 ? (
              <p className="text-sm text-slate-700">
                {t("check.ignored", { count: check.ignored.length, rows: check.ignored.slice(0, MAX_ROWS_NAMED).join(", ") + (check.ignored.length > MAX_ROWS_NAMED ? ", …" : "") })}
              </p>
            ) : null}
            {check && created === null && check.skipped.problemCount > 0 ? (
              <div className="flex flex-col gap-2">
                {/* With no bad rows, the status line above says how many are left out. */}
                {check.problemCount > 0 ? <p className="text-sm text-slate-700">{t(`kinds.${kind}.skipped`, { count: check.skipped.problemCount })}</p> : null}
                <details className="group">
                  <summary className="w-fit cursor-pointer rounded-sm text-sm font-medium text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
                    <span className="group-open:hidden">{t("check.skippedShow")}</span>
                    <span className="hidden group-open:inline">{t("check.skippedHide")}</span>
                  </summary>
                  <div className="mt-3 flex flex-col gap-3">
                    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
                      <Button
                        variant="secondary"
                        onPress={() => saveReport(check.skipped.report, kind, "left-out")}
                      >
                        {t("check.skippedDownload")}
                      </Button>
                      {check.skipped.problems.length < check.skipped.problemCount ? (
                        <p className="min-w-0 text-sm text-slate-600">{t("check.skippedShown", { shown: check.skipped.problems.length, count: check.skipped.problemCount })}</p>
                      ) : null}
                    </div>
                    <ImportProblems problems={check.skipped.problems} variant="skipped" />
                  </div>
                </details>
              </div>
            ) : null}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
