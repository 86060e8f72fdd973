import { useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/table";
import type { DescribedProblem } from "@/lib/import/problem-report";

// The dry run's bad rows on the import page, or the rows it leaves out. A phone gets one small card per problem (row and
// field, then the reason at full width, then the cell): in a four-column table at 360 px the
// reason was squeezed into a column a few words wide. From md up, a table.

/**
 * The existing record a row is about (the partner or agreement already in Meridian), opened in
 * a new tab: following it in this one would lose the file and the dry run.
 */
function ProblemLink({ link }: { link: DescribedProblem["link"] }) {
  const t = useTranslations("dataImport.check");
  if (!link) return null;
  return (
    <p className="mt-1">
      <a href={link.href} target="_blank" rel="noopener" className="font-medium break-words text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
        {t("open", { name: link.name })}
        <span className="sr-only"> {t("newTab")}</span>
      </a>
    </p>
  );
}

/** `variant`: the rows that cannot be imported (the default), or those the import leaves out and why. */
export function ImportProblems({ problems, variant = "problems" }: { problems: readonly DescribedProblem[]; variant?: "problems" | "skipped" }) {
  const t = useTranslations("dataImport.check");
  const caption = variant === "skipped" ? t("skippedCaption") : t("caption");
  return (
    <>
      <ol aria-label={caption} className="flex flex-col gap-2 md:hidden">
        {problems.map((problem, index) => (
          <li key={index} className="rounded-card border border-slate-200 bg-white px-3 py-2.5 text-sm">
            <p className="flex flex-wrap gap-x-2 text-xs text-slate-600">
              <span className="font-medium text-slate-900 tabular-nums">{t("cardRow", { row: problem.row })}</span>
              {problem.field ? <span>{problem.field}</span> : null}
              {problem.column && problem.column !== problem.field ? <span>({problem.column})</span> : null}
            </p>
            <p className="mt-1 break-words text-slate-800">{problem.message}</p>
            {problem.value ? <p className="mt-1 text-xs break-words text-slate-600">{t("cardValue", { value: problem.value })}</p> : null}
            <ProblemLink link={problem.link} />
          </li>
        ))}
      </ol>
      <div className="hidden md:block">
        <Table caption={caption}>
          <TableHead>
            <TableRow>
              <TableHeaderCell align="end">{t("columns.row")}</TableHeaderCell>
              <TableHeaderCell>{t("columns.field")}</TableHeaderCell>
              <TableHeaderCell hiddenBelow="xl">{t("columns.column")}</TableHeaderCell>
              <TableHeaderCell>{t("columns.value")}</TableHeaderCell>
              <TableHeaderCell>{variant === "skipped" ? t("columns.reason") : t("columns.problem")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {problems.map((problem, index) => (
              <TableRow key={index}>
                <TableCell isNumeric className="align-top">
                  {problem.row}
                </TableCell>
                <TableCell className="align-top whitespace-nowrap">{problem.field}</TableCell>
                <TableCell hiddenBelow="xl" className="align-top whitespace-nowrap">
                  {problem.column}
                </TableCell>
                <TableCell className="max-w-48 align-top break-words">{problem.value}</TableCell>
                <TableCell className="min-w-56 align-top break-words">
                  {problem.message}
                  <ProblemLink link={problem.link} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
