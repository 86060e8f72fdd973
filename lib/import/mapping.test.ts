import { describe, expect, it } from "vitest";
import { guessAgreementMapping } from "./agreement-import";
import { rowsOf, withNewFieldsGuessed } from "./mapping";
import { guessMapping as guessPartnerMapping, PARTNER_MAPPING_TAKEOVERS } from "./partner-import";

describe("withNewFieldsGuessed", () => {
  const headers = ["Reference number", "Title", "Kind", "Partners", "Ref (old)", "Termination takes effect on"];
  const guessed = guessAgreementMapping(headers);

  it("keeps what the user chose and guesses a field added to the import since, e.g. the termination date", () => {
    // Saved before the import knew termination dates: it names every field it had.
    const remembered = { referenceNumber: 4, title: 1, kind: 2, partners: 3, status: null };
    expect(withNewFieldsGuessed(remembered, guessed)).toMatchObject({ referenceNumber: 4, title: 1, kind: 2, partners: 3, status: null, terminatesOn: 5 });
  });

  it("leaves a new field unmatched when its guessed column is one the user gave another field", () => {
    const remembered = { referenceNumber: 5, title: 1, kind: 2, partners: 3 };
    expect(withNewFieldsGuessed(remembered, guessed).terminatesOn).toBeUndefined();
  });

  it("gives a new field its column from the field that took that column's values before it existed", () => {
    const partnerHeaders = ["英文名称", "中文名称", "国家"];
    // Saved before the import had a Chinese name: the 中文名称 column went to the native name.
    const remembered = { nameEn: 0, nameNative: 1, country: 2 };
    expect(withNewFieldsGuessed(remembered, guessPartnerMapping(partnerHeaders), PARTNER_MAPPING_TAKEOVERS)).toMatchObject({ nameEn: 0, nameNative: null, nameChinese: 1, country: 2 });
    // Saved since: the user's choice stands.
    const chosen = { nameEn: 0, nameNative: 1, nameChinese: null, country: 2 };
    expect(withNewFieldsGuessed(chosen, guessPartnerMapping(partnerHeaders), PARTNER_MAPPING_TAKEOVERS)).toEqual(chosen);
  });
});

describe("rowsOf", () => {
  it("reads a cell that says nothing (a dash, a slash, N/A, 无) as empty, and Namibia's code as itself", () => {
    const table = { headers: ["Name", "Country", "City", "Notes"], rows: [["Lund University", "SE", "—", "N/A"], ["Namibia University", "NA", "／", "无"], ["-", "/", "#N/A", "暂无"]] };
    const rows = [...rowsOf(table, ["name", "country", "city", "notes"] as const, { name: 0, country: 1, city: 2, notes: 3 })];
    expect(rows).toEqual([
      { row: 2, raw: { name: "Lund University", country: "SE", city: "", notes: "" } },
      { row: 3, raw: { name: "Namibia University", country: "NA", city: "", notes: "" } },
    ]);
  });
});
