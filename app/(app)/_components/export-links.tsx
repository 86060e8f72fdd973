import { buttonClassName } from "@/components/button-styles";

/** `<path>?<the list's query>&format=…`: the export route reads the list's own parameters. */
function exportHref(path: string, listQuery: string, format: "xlsx" | "csv"): string {
  const query = new URLSearchParams(listQuery);
  query.set("format", format);
  return `${path}?${query}`;
}

/**
 * "Export this list" as plain download links, one per format: the list's own URL
 * parameters go with them, so the file holds exactly what the list shows. Plain <a download>,
 * not next/link: a file is neither prefetched nor navigated to within the app.
 */
export function ExportLinks({ path, listQuery, label, xlsx, csv }: { path: string; listQuery: string; label: string; xlsx: string; csv: string }) {
  return (
    <div role="group" aria-label={label} className="inline-flex gap-1">
      <a href={exportHref(path, listQuery, "xlsx")} className={buttonClassName({ variant: "secondary" })} download>
        {xlsx}
      </a>
      <a href={exportHref(path, listQuery, "csv")} className={buttonClassName({ variant: "secondary" })} download>
        {csv}
      </a>
    </div>
  );
}
