import { describe, expect, it } from "vitest";
import { countryOptions } from "@/lib/partners/countries";
import { findTypedOption, isFoundBy, orderByFit } from "./option-search";
import type { ListOption } from "./list-box";

const en = countryOptions("en");
const zh = countryOptions("zh");
const found = (options: readonly ListOption[], text: string) => orderByFit(options, text).filter((option) => isFoundBy(option, text));
const labelsFound = (options: readonly ListOption[], text: string) => found(options, text).map((option) => option.label);

describe("orderByFit", () => {
  it("puts names that start with the text before those with a word that does, then those that merely contain it", () => {
    expect(labelsFound(en, "Nether")).toEqual(["Netherlands", "Caribbean Netherlands"]);
    const options = [{ id: "1", label: "Sudan" }, { id: "2", label: "South Sudan" }, { id: "3", label: "Sudanese Coast" }, { id: "4", label: "Dansk" }];
    expect(orderByFit(options, "dan").map((option) => option.id)).toEqual(["4", "1", "2", "3"]);
    expect(orderByFit(options, "sud").map((option) => option.id)).toEqual(["1", "3", "2", "4"]);
  });

  it("keeps every option, in its own order when nothing is typed", () => {
    expect(orderByFit(en, "")).toEqual(en);
    expect(orderByFit(en, "Nether")).toHaveLength(en.length);
  });
});

describe("isFoundBy", () => {
  it("finds a country by its ISO code typed in full, in any case, and the United Kingdom by UK", () => {
    expect(labelsFound(en, "de")).toContain("Germany");
    expect(labelsFound(en, "DE")[0]).toBe("Denmark");
    expect(labelsFound(en, "uk")).toEqual(["Ukraine", "United Kingdom"]);
    expect(labelsFound(zh, "gb")).toEqual(["英国"]);
    expect(labelsFound(en, "d")).not.toContain("Germany");
  });

  it("finds a country by its name in the other language", () => {
    expect(labelsFound(zh, "Germany")).toEqual(["德国"]);
    expect(labelsFound(zh, "nether")).toEqual(["荷兰", "荷属加勒比区"]);
    expect(labelsFound(en, "德国")).toEqual(["Germany"]);
  });

  it("ignores case and accents, as react-aria's own filter did", () => {
    expect(labelsFound(en, "cote d")).toEqual(["Côte d’Ivoire"]);
    expect(labelsFound(en, "CURACAO")).toEqual(["Curaçao"]);
  });

  it("finds everything in an empty box", () => {
    expect(found(en, "  ")).toHaveLength(en.length);
  });
});

describe("findTypedOption", () => {
  it("is the option whose name is typed in full, in any case, even when others contain it", () => {
    expect(findTypedOption(en, "germany")?.id).toBe("DE");
    expect(findTypedOption(en, "Niger ")?.id).toBe("NE");
    expect(findTypedOption(zh, "Germany")?.id).toBe("DE");
    expect(findTypedOption(en, "Netherlands")?.id).toBe("NL");
  });

  it("else the only option the text finds", () => {
    expect(findTypedOption(en, "Germ")?.id).toBe("DE");
    expect(findTypedOption(en, "gb")?.id).toBe("GB");
    expect(findTypedOption(en, "Nether")).toBeUndefined();
    expect(findTypedOption(en, "uk")).toBeUndefined();
    expect(findTypedOption(en, "Atlantis")).toBeUndefined();
    expect(findTypedOption(en, "")).toBeUndefined();
  });

  it("is never a disabled option, nor one of two with the same name", () => {
    const people = [{ id: "a", label: "Li Wei" }, { id: "b", label: "Li Wei" }, { id: "c", label: "Li Na", isDisabled: true }];
    expect(findTypedOption(people, "li wei")).toBeUndefined();
    expect(findTypedOption(people, "Li Na")).toBeUndefined();
  });
});
