import { Pagination } from "@/components/pagination";
import { listHref } from "./list-query";

type Cursors = { previousCursor?: string | null; nextCursor?: string | null };
type Labels = { label: string; previous: string; next: string };

/** An admin list's keyset pages: a cursor becomes ?before= or ?after= on the same filters. */
export function ListPagination({ path, query, page, labels }: { path: string; query: Record<string, string | undefined>; page: Cursors; labels: Labels }) {
  return (
    <Pagination
      className="mt-4"
      label={labels.label}
      previousLabel={labels.previous}
      nextLabel={labels.next}
      previousHref={page.previousCursor ? listHref(path, query, { after: undefined, before: page.previousCursor }) : null}
      nextHref={page.nextCursor ? listHref(path, query, { before: undefined, after: page.nextCursor }) : null}
    />
  );
}
