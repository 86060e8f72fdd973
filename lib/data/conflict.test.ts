import { describe, expect, it } from "vitest";
import { asText } from "./conflict";

describe("asText: one text form for saved and typed values", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    ["  Tsinghua University ", "Tsinghua University"],
    [new Date("2027-08-31T00:00:00Z"), "2027-08-31"],
    [["erasmus", "asia"], "erasmus, asia"],
    [true, "true"],
    [12, "12"],
  ])("%j → %j", (value, text) => {
    expect(asText(value)).toBe(text);
  });
});
