// Keyset (cursor) pagination: a page is "the rows after (or before) this row" in the list's
// order, which stays fast however deep one goes, unlike OFFSET. A cursor is the sort key of
// the row at the page's edge, opaque to the browser.

export type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

/** The cursor's values, or undefined when it is not one of ours (a stale or edited URL). */
export function decodeCursor(cursor: string | undefined, length: number): CursorValue[] | undefined {
  if (!cursor) return undefined;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(values) || values.length !== length) return undefined;
    return values.every((v) => v === null || typeof v === "string" || typeof v === "number") ? (values as CursorValue[]) : undefined;
  } catch {
    return undefined;
  }
}

/** `%`, `_` and `\` match themselves in a LIKE pattern built from user text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
