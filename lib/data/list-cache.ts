import "server-only";
import { cache } from "react";
import { UTC_TODAY_SQL } from "@/lib/agreements/status";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// The office lists' heavier reads (counts over every row, the filters' choices, a page of
// rows) are kept in this process per data version: a counter in the database that triggers
// raise in every transaction that changes what the lists show (migration
// 20261204094928_data_version). Each request reads the version once; a result kept under an
// older version is never served, so a write is seen at once, on every server. What is kept
// depends only on the key the caller gives: access is checked before, never inside.

const MAX_ENTRIES = 500;

let keptVersion: bigint | null = null;
const kept = new Map<string, Promise<unknown>>();

/**
 * The data version as this request first saw it (a page and its parts share one read), and
 * the database's date: what the lists count as "in force today" changes with it.
 */
const requestVersion = cache(async (): Promise<{ version: bigint; today: string } | null> => {
  const [row] = await db().$queryRaw<{ version: bigint; today: string }[]>`SELECT version, ${Prisma.raw(UTC_TODAY_SQL)}::text AS today FROM "DataVersion"`;
  return row ?? null;
});

/**
 * `read()`'s result for `key` at the current data version: from memory when this version
 * already read it, else read now (concurrent requests for one key share that read).
 * The key must name everything the result depends on (the function, its parameters, and the
 * date it is computed for where that is not today's UTC date, UTC_TODAY_SQL).
 */
export async function readThroughListCache<T>(key: string, read: () => Promise<T>): Promise<T> {
  const seen = await requestVersion();
  // No version row, or a request that began before the newest write: read, keep nothing.
  if (seen === null || (keptVersion !== null && seen.version < keptVersion)) return read();
  if (seen.version !== keptVersion) {
    kept.clear();
    keptVersion = seen.version;
  }
  const dated = `${seen.today}|${key}`;
  const hit = kept.get(dated) as Promise<T> | undefined;
  if (hit) return hit;
  const result = read();
  kept.set(dated, result);
  // A failed read is not kept; the oldest entry makes room for a new one.
  result.catch(() => kept.delete(dated));
  if (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value as string);
  return result;
}
