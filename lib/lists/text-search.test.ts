import { describe, expect, it } from "vitest";
import { isPairTerm } from "./text-search";

describe("isPairTerm", () => {
  it("is two characters, neither ASCII: a two-character Chinese word", () => {
    expect(isPairTerm("清华")).toBe(true);
    expect(isPairTerm("ée")).toBe(false);
    expect(isPairTerm("éè")).toBe(true);
    expect(isPairTerm("ab")).toBe(false);
    expect(isPairTerm("清")).toBe(false);
    expect(isPairTerm("清华大")).toBe(false);
    // Characters, not UTF-16 units: one ideograph outside the BMP is one character.
    expect(isPairTerm("𠀀华")).toBe(true);
  });
});
