import { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import { regionName } from "@/lib/i18n/regions";
import partnersEn from "@/lib/i18n/messages/partners.en.json";
import partnersZh from "@/lib/i18n/messages/partners.zh.json";
import recordsEn from "@/lib/i18n/messages/partner-records.en.json";
import recordsZh from "@/lib/i18n/messages/partner-records.zh.json";
import { COUNTRY_CODES } from "@/lib/partners/countries";
import { checkInput, partnerInputSchema, type PartnerInput } from "@/lib/partners/partner-input";
import type { Table } from "./read-table";

// A spreadsheet of partners → checked partner inputs, or the reason each bad row is bad.
// Pure: the data layer adds what needs the database (partners that already exist).

export const PARTNER_IMPORT_FIELDS = [
  "nameEn", "nameNative", "acronym", "kind", "country", "city", "website", "rorId", "erasmusCode", "status", "tags", "notes",
] as const;
export type PartnerImportField = (typeof PARTNER_IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly PartnerImportField[] = ["nameEn", "country"];

/** Field → the column it comes from (index into the headers), or null when not imported. */
export type ImportMapping = Partial<Record<PartnerImportField, number | null>>;

/** The headers people use for each field, in English and Chinese, our own export's included. */
const HEADER_ALIASES: Record<PartnerImportField, readonly string[]> = {
  nameEn: ["name", "english name", "name (english)", "name en", "partner", "institution", "university", "名称", "英文名称", "英文名", "机构名称"],
  nameNative: ["native name", "name (native)", "local name", "original name", "chinese name", "本地语言名称", "中文名称", "中文名", "原文名称"],
  acronym: ["acronym", "abbreviation", "short name", "缩写", "简称"],
  kind: ["kind", "type", "category", "类型", "机构类型"],
  country: ["country", "country or region", "country code", "国家", "国家或地区", "国家或地区代码", "国家/地区"],
  city: ["city", "town", "城市"],
  website: ["website", "web", "url", "homepage", "网站", "网址"],
  rorId: ["ror", "ror id", "ror 标识"],
  erasmusCode: ["erasmus code", "erasmus", "erasmus 代码"],
  status: ["status", "状态"],
  tags: ["tags", "tag", "labels", "标签"],
  notes: ["notes", "note", "remarks", "comments", "备注", "说明"],
};

const normalise = (text: string) => text.toLowerCase().replace(/[\s_\-:：()（）]+/g, " ").trim();

/** A mapping guessed from the headers: each field takes the first column whose header it knows. */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const taken = new Set<number>();
  for (const field of PARTNER_IMPORT_FIELDS) {
    // The form's own labels too, in both languages: what the template and export use.
    const labels = [recordsEn.partnerRecord.fields[field], recordsZh.partnerRecord.fields[field]];
    const aliases = [...HEADER_ALIASES[field], ...labels].map(normalise);
    const index = headers.findIndex((header, i) => !taken.has(i) && aliases.includes(normalise(header)));
    mapping[field] = index >= 0 ? index : null;
    if (index >= 0) taken.add(index);
  }
  return mapping;
}

/** A saved mapping fits a file when every column it names exists there. */
export function mappingFits(mapping: ImportMapping, headers: readonly string[]): boolean {
  return Object.values(mapping).every((index) => index === null || index === undefined || (index >= 0 && index < headers.length));
}

function lookup(labels: readonly Record<string, string>[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const byCode of labels) for (const [code, label] of Object.entries(byCode)) map.set(normalise(label), code);
  return map;
}
const KINDS = lookup([partnersEn.partners.kinds, partnersZh.partners.kinds, Object.fromEntries(Object.values(PartnerKind).map((k) => [k, k]))]);
const STATUSES = lookup([partnersEn.partners.statuses, partnersZh.partners.statuses, Object.fromEntries(Object.values(PartnerStatus).map((s) => [s, s]))]);
const COUNTRIES = lookup([
  Object.fromEntries(COUNTRY_CODES.map((code) => [code, code])),
  Object.fromEntries(COUNTRY_CODES.map((code) => [code, regionName(code, "en")])),
  Object.fromEntries(COUNTRY_CODES.map((code) => [code, regionName(code, "zh")])),
]);

/** A label or code as the enum's code; unknown text passes through for the schema to refuse. */
const asCode = (map: Map<string, string>, value: string) => (value ? (map.get(normalise(value)) ?? value) : value);

export type RowProblem = { row: number; field: PartnerImportField | "row"; messageKey: string };
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
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => !cell?.trim())) return;
    const raw: Record<string, string> = {};
    for (const field of PARTNER_IMPORT_FIELDS) {
      const column = mapping[field];
      raw[field] = column === null || column === undefined ? "" : (cells[column] ?? "").trim();
    }
    raw.kind = asCode(KINDS, raw.kind ?? "") || "UNIVERSITY";
    raw.status = asCode(STATUSES, raw.status ?? "") || "ACTIVE";
    raw.country = asCode(COUNTRIES, raw.country ?? "");
    const checked = checkInput(partnerInputSchema, raw);
    if (!checked.ok) {
      for (const [field, messageKey] of Object.entries(checked.errors)) problems.push({ row, field: field as PartnerImportField, messageKey });
      return;
    }
    const key = `${checked.data.nameEn.toLowerCase()}|${checked.data.country}`;
    if (seen.has(key)) {
      problems.push({ row, field: "nameEn", messageKey: "duplicateInFile" });
      return;
    }
    seen.add(key);
    rows.push({ row, input: checked.data });
  });
  return { rows, problems };
}
