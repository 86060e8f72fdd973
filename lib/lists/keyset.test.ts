import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, likePattern } from "./keyset";

describe("cursors", () => {
  const NAME_THEN_ID = ["varchar", "uuid"] as const;
  const ID = "0193a2b4-0000-7000-8000-000000000000";

  it("round-trip the sort key of a row, Chinese included", () => {
    const values = ["清华大学", ID];
    expect(decodeCursor(encodeCursor(values), NAME_THEN_ID)).toEqual(values);
    const dated = ["2026-12-04T22:51:07.123Z", ID];
    expect(decodeCursor(encodeCursor(dated), ["timestamp", "uuid"])).toEqual(dated);
    expect(decodeCursor(encodeCursor(["infinity", ID]), ["date", "uuid"])).toEqual(["infinity", ID]);
    expect(decodeCursor(encodeCursor([-3, "A", ID]), ["int", "varchar", "uuid"])).toEqual([-3, "A", ID]);
  });

  it("are ignored when edited or of another list", () => {
    expect(decodeCursor("not-a-cursor", NAME_THEN_ID)).toBeUndefined();
    expect(decodeCursor(encodeCursor(["a"]), NAME_THEN_ID)).toBeUndefined();
    expect(decodeCursor(encodeCursor([{ x: 1 } as never, "b"]), NAME_THEN_ID)).toBeUndefined();
    expect(decodeCursor(undefined, NAME_THEN_ID)).toBeUndefined();
  });

  it("are ignored when a value would not cast to its column's type, instead of failing the query", () => {
    expect(decodeCursor(encodeCursor(["a", "not-a-uuid"]), NAME_THEN_ID)).toBeUndefined();
    expect(decodeCursor(encodeCursor(["a\u0000b", ID]), NAME_THEN_ID)).toBeUndefined();
    expect(decodeCursor(encodeCursor(["yesterday", ID]), ["timestamp", "uuid"])).toBeUndefined();
    expect(decodeCursor(encodeCursor(["2026-02-30", ID]), ["date", "uuid"])).toBeUndefined();
    expect(decodeCursor(encodeCursor([1.5, "A", ID]), ["int", "varchar", "uuid"])).toBeUndefined();
    expect(decodeCursor(encodeCursor([2 ** 40, "A", ID]), ["int", "varchar", "uuid"])).toBeUndefined();
  });
});

describe("likePattern", () => {
  it("escapes LIKE's wildcards so they match themselves", () => {
    expect(likePattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
    expect(likePattern("Munich")).toBe("%Munich%");
  });
});
