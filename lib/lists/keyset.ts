// Keyset (cursor) pagination: a page is "the rows after (or before) this row" in the list's
// order, which stays fast however deep one goes, unlike OFFSET. A cursor is the sort key of
// the row at the page's edge, opaque to the browser.

import { isCalendarDay } from "@/lib/dates";
import { isUuid } from "@/lib/ids";

export type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

/** The SQL type each cursor value is cast to: its value must be one PostgreSQL accepts. */
export type CursorType = "uuid" | "timestamp" | "date" | "varchar" | "int";

function fits(value: unknown, type: CursorType): boolean {
  if (value === null) return true;
  switch (type) {
    case "uuid":
      return typeof value === "string" && isUuid(value);
    case "timestamp":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value) && !Number.isNaN(Date.parse(value));
    case "date":
      return typeof value === "string" && (value === "infinity" || isCalendarDay(value));
    case "int":
      return typeof value === "number" && Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1;
    default:
      // PostgreSQL text refuses NUL.
      return typeof value === "string" && value.length <= 1_000 && !value.includes("\u0000");
  }
}

/**
 * The cursor's values, or undefined when it is not one of ours (a stale or edited URL): the
 * right number of values, each of its column's type, so a forged cursor can only give the
 * first page, never a database error.
 */
export function decodeCursor(cursor: string | undefined, types: readonly CursorType[]): CursorValue[] | undefined {
  if (!cursor) return undefined;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(values) || values.length !== types.length) return undefined;
    return values.every((value, i) => fits(value, types[i]!)) ? (values as CursorValue[]) : undefined;
  } catch {
    return undefined;
  }
}

/** `%`, `_` and `\` match themselves in a LIKE pattern built from user text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
