import { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import { regionName } from "@/lib/i18n/regions";
import partnersEn from "@/lib/i18n/messages/partners.en.json";
import partnersZh from "@/lib/i18n/messages/partners.zh.json";
import recordsEn from "@/lib/i18n/messages/partner-records.en.json";
import recordsZh from "@/lib/i18n/messages/partner-records.zh.json";
import { COUNTRY_CODES } from "@/lib/partners/countries";
import { checkInput, partnerInputSchema, type PartnerInput } from "@/lib/partners/partner-input";
import { asCode, codesOf, guessMappingOf, lookup, rowsOf, type ImportMapping as Mapping, type RowProblem as Problem } from "./mapping";
import type { Table } from "./read-table";
import { countryAliases, PARTNER_KIND_ALIASES, PARTNER_STATUS_ALIASES } from "./value-aliases";

// A spreadsheet of partners → checked partner inputs, or the reason each bad row is bad.
// Pure: the data layer adds what needs the database (partners that already exist).

export const PARTNER_IMPORT_FIELDS = [
  "nameEn", "nameNative", "acronym", "kind", "country", "city", "website", "rorId", "erasmusCode", "status", "tags", "notes",
] as const;
export type PartnerImportField = (typeof PARTNER_IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly PartnerImportField[] = ["nameEn", "country"];

export type ImportMapping = Mapping<PartnerImportField>;

/** What a row without a kind or status gets, as the form would suggest; the mapping step names them. */
export const PARTNER_IMPORT_DEFAULTS = { kind: "UNIVERSITY", status: "ACTIVE" } as const satisfies Partial<Record<PartnerImportField, string>>;

/** The headers people use for each field, in English and Chinese, our own export's included. */
const HEADER_ALIASES: Record<PartnerImportField, readonly string[]> = {
  nameEn: ["name", "english name", "name (english)", "name en", "partner", "institution", "university", "名称", "英文名称", "英文名", "机构名称", "institution name", "partner name", "partner institution", "university name", "name of institution"],
  nameNative: ["native name", "name (native)", "local name", "original name", "chinese name", "本地语言名称", "中文名称", "中文名", "原文名称"],
  acronym: ["acronym", "abbreviation", "short name", "缩写", "简称"],
  kind: ["kind", "type", "category", "类型", "机构类型", "type of institution", "institution type", "partner type"],
  country: ["country", "country or region", "country code", "国家", "国家或地区", "国家或地区代码", "国家/地区", "国家(地区)", "country/region", "nation"],
  city: ["city", "town", "城市", "city/town", "所在城市"],
  website: ["website", "web", "url", "homepage", "网站", "网址"],
  rorId: ["ror", "ror id", "ror 标识"],
  erasmusCode: ["erasmus code", "erasmus", "erasmus 代码"],
  status: ["status", "状态", "partner status", "合作状态"],
  tags: ["tags", "tag", "labels", "标签"],
  notes: ["notes", "note", "remarks", "comments", "备注", "说明"],
};

/** A mapping guessed from the headers: ours (the form's labels, in both languages) and common ones. */
export function guessMapping(headers: readonly string[]): ImportMapping {
  return guessMappingOf(PARTNER_IMPORT_FIELDS, headers, HEADER_ALIASES, [recordsEn.partnerRecord.fields, recordsZh.partnerRecord.fields]);
}

const KINDS = lookup([partnersEn.partners.kinds, partnersZh.partners.kinds, codesOf(PartnerKind), PARTNER_KIND_ALIASES]);
const STATUSES = lookup([partnersEn.partners.statuses, partnersZh.partners.statuses, codesOf(PartnerStatus), PARTNER_STATUS_ALIASES]);
const COUNTRIES = lookup([
  Object.fromEntries(COUNTRY_CODES.map((code) => [code, code])),
  Object.fromEntries(COUNTRY_CODES.map((code) => [code, regionName(code, "en")])),
  Object.fromEntries(COUNTRY_CODES.map((code) => [code, regionName(code, "zh")])),
  countryAliases(COUNTRY_CODES),
]);

export type RowProblem = Problem<PartnerImportField>;
export type CheckedRow = { row: number; input: PartnerInput };

/**
 * Checks every row. Row numbers are the spreadsheet's (the header is row 1). Empty rows are
 * skipped; a row without kind or status gets "University" and "Active", as the form would
 * suggest; the same name and country twice in the file is refused on the second.
 */
export function checkPartnerRows(table: Table, mapping: ImportMapping): { rows: CheckedRow[]; problems: RowProblem[] } {
  const rows: CheckedRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const { row, raw } of rowsOf(table, PARTNER_IMPORT_FIELDS, mapping)) {
    raw.kind = asCode(KINDS, raw.kind) || PARTNER_IMPORT_DEFAULTS.kind;
    raw.status = asCode(STATUSES, raw.status) || PARTNER_IMPORT_DEFAULTS.status;
    raw.country = asCode(COUNTRIES, raw.country);
    const checked = checkInput(partnerInputSchema, raw);
    if (!checked.ok) {
      for (const [field, messageKey] of Object.entries(checked.errors)) problems.push({ row, field: field as PartnerImportField, messageKey });
      continue;
    }
    const key = `${checked.data.nameEn.toLowerCase()}|${checked.data.country}`;
    if (seen.has(key)) {
      problems.push({ row, field: "nameEn", messageKey: "duplicateInFile" });
      continue;
    }
    seen.add(key);
    rows.push({ row, input: checked.data });
  }
  return { rows, problems };
}
