import { describe, expect, it } from "vitest";
import { checkInput, otherNamesOf, partnerInputSchema } from "./partner-input";

const partner = { nameEn: "Technical University of Munich", kind: "UNIVERSITY", country: "DE", status: "ACTIVE" };

describe("other names", () => {
  it("are one a line, tidied, each once whatever its case", () => {
    expect(otherNamesOf(" 慕尼黑工业大学 \r\n\r\nTU  München\nTU MÜNCHEN\n慕尼黑工业大学")).toEqual(["慕尼黑工业大学", "TU München"]);
    expect(otherNamesOf(null)).toEqual([]);
  });

  it("are stored one a line, or not at all when there are none", () => {
    const check = (otherNames: string) => checkInput(partnerInputSchema, { ...partner, otherNames });
    expect(check("慕尼黑工业大学\n\n TUM ")).toMatchObject({ ok: true, data: { otherNames: "慕尼黑工业大学\nTUM" } });
    expect(check("  \n ")).toMatchObject({ ok: true, data: { otherNames: null } });
  });

  it("leave out the partner's own English or native name or acronym", () => {
    const input = { ...partner, nameNative: "Technische Universität München", acronym: "TUM", otherNames: "tum\ntechnical university of munich\n慕尼黑工业大学\nTechnische Universität München" };
    expect(checkInput(partnerInputSchema, input)).toMatchObject({ ok: true, data: { otherNames: "慕尼黑工业大学" } });
  });

  it.each([
    ["a name over 300 characters", "x".repeat(301), "otherNameTooLong"],
    ["more than ten names", Array.from({ length: 11 }, (_, i) => `Name ${i}`).join("\n"), "tooManyOtherNames"],
    ["a NUL byte", "TU\u0000M", "nul"],
  ])("refuse %s with a message for the field", (_case, otherNames, messageKey) => {
    expect(checkInput(partnerInputSchema, { ...partner, otherNames })).toEqual({ ok: false, errors: { otherNames: messageKey } });
  });
});
