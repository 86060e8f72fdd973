import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, likePattern } from "./keyset";

describe("cursors", () => {
  it("round-trip the sort key of a row, Chinese included", () => {
    const values = ["清华大学", "0193a2b4-0000-7000-8000-000000000000"];
    expect(decodeCursor(encodeCursor(values), 2)).toEqual(values);
  });

  it("are ignored when edited or of another list", () => {
    expect(decodeCursor("not-a-cursor", 2)).toBeUndefined();
    expect(decodeCursor(encodeCursor(["a"]), 2)).toBeUndefined();
    expect(decodeCursor(encodeCursor([{ x: 1 } as never, "b"]), 2)).toBeUndefined();
    expect(decodeCursor(undefined, 2)).toBeUndefined();
  });
});

describe("likePattern", () => {
  it("escapes LIKE's wildcards so they match themselves", () => {
    expect(likePattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
    expect(likePattern("Munich")).toBe("%Munich%");
  });
});
