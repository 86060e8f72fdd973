import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, encodeCursor } from "./keyset";

// The admins' "Deleted" views (partners, agreements) page alike: most recently deleted first,
// keyset pages of 50 over (deletedAt, id), the total beside them. Each kind brings its query.

const PAGE_SIZE = 50;

export type DeletedPage<Row> = { rows: Row[]; total: number; nextCursor: string | null };

/**
 * One page after `after` (a cursor of the page before, or none for the first). `read` gets the
 * condition "deleted before the cursor's row" over its table's "deletedAt" and id, and how many
 * rows to read in (deletedAt DESC, id DESC) order; one more than a page tells whether another follows.
 */
export async function readDeletedPage<Row extends { id: string; deletedAt: Date }>(
  after: string | undefined,
  read: (before: Prisma.Sql, limit: number) => Promise<Row[]>,
  count: () => Promise<number>,
): Promise<DeletedPage<Row>> {
  const cursor = decodeCursor(after, ["timestamp", "uuid"]);
  const before = cursor ? Prisma.sql`("deletedAt", id) < (${cursor[0]}::timestamp, ${cursor[1]}::uuid)` : Prisma.sql`TRUE`;
  const [rows, total] = await Promise.all([read(before, PAGE_SIZE + 1), count()]);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return { rows: page, total, nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor([last.deletedAt.toISOString(), last.id]) : null };
}
