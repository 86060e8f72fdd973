import { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import { regionName } from "@/lib/i18n/regions";
import partnersEn from "@/lib/i18n/messages/partners.en.json";
import partnersZh from "@/lib/i18n/messages/partners.zh.json";
import recordsEn from "@/lib/i18n/messages/partner-records.en.json";
import recordsZh from "@/lib/i18n/messages/partner-records.zh.json";
import { COUNTRY_CODES } from "@/lib/partners/countries";
import { checkInput, otherNamesOf, PARTNER_LIMITS, partnerInputSchema, type PartnerInput } from "@/lib/partners/partner-input";
import { guessAgreementMapping } from "./agreement-import";
import { asCode, codesOf, guessMappingOf, lookup, NAME_SEPARATORS, nameKey, normalise, partsOf, rowsOf, type ImportMapping as Mapping, type RowProblem as Problem } from "./mapping";
import type { Table } from "./read-table";
import { countryAliases, PARTNER_KIND_ALIASES, PARTNER_STATUS_ALIASES } from "./value-aliases";

// A spreadsheet of partners → checked partner inputs, or the reason each bad row is bad.
// Pure: the data layer adds what needs the database (partners that already exist).

export const PARTNER_IMPORT_FIELDS = [
  "nameEn", "nameNative", "nameChinese", "otherNames", "acronym", "kind", "country", "city", "website", "rorId", "erasmusCode", "status", "tags", "notes",
] as const;
export type PartnerImportField = (typeof PARTNER_IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly PartnerImportField[] = ["nameEn", "country"];

export type ImportMapping = Mapping<PartnerImportField>;

/** A mapping saved before the import had a Chinese name gave that column to the native name. */
export const PARTNER_MAPPING_TAKEOVERS: Partial<Record<PartnerImportField, PartnerImportField>> = { nameChinese: "nameNative" };

/** What a row without a kind or status gets, as the form would suggest; the mapping step names them. */
export const PARTNER_IMPORT_DEFAULTS = { kind: "UNIVERSITY", status: "ACTIVE" } as const satisfies Partial<Record<PartnerImportField, string>>;

/** The headers people use for each field, in English and Chinese, our own export's included. */
const HEADER_ALIASES: Record<PartnerImportField, readonly string[]> = {
  nameEn: [
    "name", "english name", "name (english)", "name en", "partner", "institution", "university", "名称", "英文名称", "英文名", "机构名称", "institution name", "partner name",
    "partner institution", "university name", "name of institution", "英文校名", "合作院校（英文）", "外方院校（英文）", "合作院校英文名称", "外方院校英文名称", "partner (english)",
  ],
  nameNative: ["native name", "name (native)", "local name", "original name", "本地语言名称", "原文名称"],
  nameChinese: [
    "chinese name", "name (chinese)", "中文名称", "中文名", "中文校名", "合作院校（中文）", "外方院校（中文）", "合作院校中文名称", "外方院校中文名称", "partner (chinese)",
  ],
  otherNames: ["other names", "other name", "also known as", "aliases", "alias", "former names", "别名", "其他名称", "曾用名", "又称"],
  acronym: ["acronym", "abbreviation", "short name", "缩写", "简称"],
  kind: ["kind", "type", "category", "类型", "机构类型", "院校类型", "type of institution", "institution type", "partner type"],
  country: ["country", "country or region", "country code", "国家", "国别", "国家或地区", "国家或地区代码", "国家/地区", "国家(地区)", "country/region", "nation"],
  city: ["city", "town", "城市", "city/town", "所在城市"],
  website: ["website", "web", "url", "homepage", "网站", "网址", "官网"],
  rorId: ["ror", "ror id", "ror 标识"],
  erasmusCode: ["erasmus code", "erasmus", "erasmus 代码"],
  status: ["status", "状态", "partner status", "合作状态"],
  tags: ["tags", "tag", "labels", "标签"],
  notes: ["notes", "note", "remarks", "comments", "备注", "说明"],
};

/**
 * An agreements register's partner column, which may hold any name of the partner: the English
 * name when no column says English name, else the Chinese name (a register that names partners
 * in Chinese and in English), so the register can be imported as partners first.
 */
const REGISTER_PARTNER_COLUMNS = ["合作院校", "合作院校名称", "合作单位", "合作机构", "外方院校", "合作伙伴", "partner university"];

/** Headers that name a partner's kind or status only in a partners' list: in an agreements register they are the agreements'. */
const AGREEMENT_WORDS = new Set(["kind", "type", "category", "类型", "status", "状态"].map(normalise));

/** A mapping guessed from the headers: ours (the form's labels, in both languages) and common ones. */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const labels = [recordsEn.partnerRecord.fields, recordsZh.partnerRecord.fields];
  const fallbacks = { nameEn: REGISTER_PARTNER_COLUMNS, nameChinese: REGISTER_PARTNER_COLUMNS };
  // Two columns only agreements have (a partners list may number its rows, or date a partnership).
  const agreements = guessAgreementMapping(headers);
  const agreementColumns = (["referenceNumber", "signedOn", "effectiveOn", "expiresOn", "terminatesOn", "ministryApprovalNumber", "autoRenews", "faculties"] as const).filter(
    (field) => agreements[field] != null,
  );
  if (agreementColumns.length < 2) {
    return guessMappingOf(PARTNER_IMPORT_FIELDS, headers, HEADER_ALIASES, labels, fallbacks);
  }
  // An agreements register, imported as partners first: its "Type" and "Status" are the agreements'.
  const specific = (names: readonly (string | undefined)[]) => names.filter((name): name is string => Boolean(name) && !AGREEMENT_WORDS.has(normalise(name!)));
  const aliases = { ...HEADER_ALIASES, kind: specific(HEADER_ALIASES.kind), status: specific(HEADER_ALIASES.status) };
  const ownLabels = labels.map((byField) => ({ ...byField, kind: specific([byField.kind])[0], status: specific([byField.status])[0] }));
  return guessMappingOf(PARTNER_IMPORT_FIELDS, headers, aliases, ownLabels, fallbacks);
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
/**
 * A good row: the partner, the fields it left to the defaults (a repeat of it may give them),
 * and the Chinese names it gave, which the partner keeps as its native or other names.
 */
export type CheckedRow = { row: number; input: PartnerInput; defaulted: readonly DefaultedField[]; chineseNames?: readonly string[] };
type DefaultedField = keyof typeof PARTNER_IMPORT_DEFAULTS;

/**
 * A bad row's partner: its names and country as far as they read, for telling whether it is a
 * partner Meridian has, and its problems (a row of several partners has one entry for each).
 */
export type RefusedRow = { row: number; names: string[]; country: string; problems: readonly RowProblem[] };

/** Where a partner's Chinese name is its own: mainland China, Hong Kong, Macao and Taiwan. */
const CHINESE_SPEAKING = new Set(["CN", "HK", "MO", "TW"]);

/** A cell of several names as our export writes them, "; " between them, or one a line: a name a line. */
const asLines = (cell: string) => cell.replace(/[;；]/g, "\n");

/**
 * A row with its Chinese names (a Chinese office's 中文名称) where the partner keeps them: the
 * first is the native name of a partner in a Chinese-speaking region, unless the row gives
 * another; the rest, and any of a partner elsewhere, are other names (慕尼黑工业大学 is no
 * German name).
 */
function withChineseNamesPlaced(raw: Record<PartnerImportField, string>, chinese: readonly string[]): Record<PartnerImportField, string> {
  const [first, ...rest] = chinese;
  if (first === undefined) return raw;
  const isNative = CHINESE_SPEAKING.has(raw.country) && (!raw.nameNative || nameKey(raw.nameNative) === nameKey(first));
  const others = isNative ? rest : chinese;
  return { ...raw, nameNative: isNative ? first : raw.nameNative, otherNames: [raw.otherNames, ...others].filter(Boolean).join("\n") };
}

/**
 * Checks every row as the form would. Row numbers are the spreadsheet's (the header is row 1).
 * Rows with nothing in the chosen columns are skipped; a row without kind or status gets
 * "University" and "Active", as the form would suggest. Repeats are `findDuplicatePartners`'
 * business.
 */
export function checkPartnerRows(table: Table, mapping: ImportMapping): { rows: CheckedRow[]; problems: RowProblem[]; refused: RefusedRow[] } {
  const rows: CheckedRow[] = [];
  const problems: RowProblem[] = [];
  const refused: RefusedRow[] = [];
  const check = (row: number, raw: Record<PartnerImportField, string>) => {
    const defaulted = (["kind", "status"] as const).filter((field) => !raw[field]);
    raw.kind = asCode(KINDS, raw.kind) || PARTNER_IMPORT_DEFAULTS.kind;
    raw.status = asCode(STATUSES, raw.status) || PARTNER_IMPORT_DEFAULTS.status;
    raw.country = asCode(COUNTRIES, raw.country);
    raw.otherNames = asLines(raw.otherNames);
    const chineseNames = otherNamesOf(asLines(raw.nameChinese));
    const checked = checkInput(partnerInputSchema, withChineseNamesPlaced(raw, chineseNames));
    if (checked.ok) return rows.push({ row, input: checked.data, defaulted, chineseNames });
    // A problem the row has only with its Chinese names is theirs.
    const without = chineseNames.length ? checkInput(partnerInputSchema, raw) : checked;
    const columnOf = (field: string) => (without.ok || !(field in without.errors) ? "nameChinese" : (field as PartnerImportField));
    const own = Object.entries(checked.errors).map(([field, messageKey]): RowProblem => ({ row, field: columnOf(field), messageKey }));
    problems.push(...own);
    refused.push({ row, names: [raw.nameEn, raw.nameNative, ...chineseNames].filter(Boolean), country: raw.country.toUpperCase(), problems: own });
  };
  for (const { row, raw } of rowsOf(table, PARTNER_IMPORT_FIELDS, mapping)) {
    // A register's multilateral agreement names its partners in one cell: each is a partner,
    // with the native and Chinese names and country in the same place of their cells, or one
    // country for all. A name on two lines is one name.
    const parts = (cell: string, separators: RegExp) => partsOf(cell.replace(/\s+/g, " "), separators);
    const names = parts(raw.nameEn, NAME_SEPARATORS);
    const [natives, chinese, countries] = [parts(raw.nameNative, NAME_SEPARATORS), parts(raw.nameChinese, NAME_SEPARATORS), parts(raw.country, /[;；、，]/)];
    if (names.length < 2) {
      // One partner; a separator left at the end ("TUM；") is no part of its name.
      const one = (parts: string[], cell: string) => (parts.length === 1 ? parts[0]! : cell);
      check(row, { ...raw, nameEn: one(names, raw.nameEn), nameNative: one(natives, raw.nameNative), nameChinese: one(chinese, raw.nameChinese), country: one(countries, raw.country) });
      continue;
    }
    const pairsUp = (cells: string[]) => cells.length === 0 || cells.length === names.length;
    const countriesPairUp = countries.length <= 1 || countries.length === names.length;
    if (!pairsUp(natives) || !pairsUp(chinese) || !countriesPairUp) {
      // Named on the Chinese names' column when they alone do not pair up.
      const field = pairsUp(natives) && countriesPairUp ? "nameChinese" : "nameEn";
      problems.push({ row, field, messageKey: "partnerList", values: { count: String(names.length) } });
      continue;
    }
    // Whose they would be cannot be told: each partner's other names need its own row.
    if (raw.otherNames.trim()) {
      problems.push({ row, field: "otherNames", messageKey: "otherNamesOfSeveral", values: { count: String(names.length) } });
      continue;
    }
    names.forEach((name, i) => check(row, { ...raw, nameEn: name, nameNative: natives[i] ?? "", nameChinese: chinese[i] ?? "", country: countries[i] ?? countries[0] ?? "" }));
  }
  return { rows, problems, refused };
}

/** A live partner as the duplicate check needs it. */
export type KnownPartner = { id: string; nameEn: string; nameNative: string | null; otherNames?: string | null; country: string; rorId: string | null };

/** Two ROR IDs, both given and different, are two institutions whatever their names. */
const isSameInstitution = (a: string | null, b: string | null) => !a || !b || a.toLowerCase() === b.toLowerCase();

/** A partner's fields a repeated row may give again; tags, other names and notes are joined. */
const REPEATED_FIELDS = ["nameEn", "nameNative", "acronym", "kind", "city", "website", "rorId", "erasmusCode", "status"] as const;
type RepeatedField = (typeof REPEATED_FIELDS)[number];

/** A name's other spellings to compare as well (Chinese in the other script). */
type Spellings = (name: string) => readonly string[];

/** Whether a repeat gives a field as the earlier row does: a name as any of its names in any spelling, any text apart from case and spacing (`nameKey`). */
function givesSame(field: RepeatedField, earlier: PartnerInput, value: string, spellings: Spellings): boolean {
  if (field === "nameEn" || field === "nameNative") {
    const names = new Set([earlier.nameEn, earlier.nameNative, ...otherNamesOf(earlier.otherNames)].filter((name): name is string => name !== null).map(nameKey));
    return spellings(value).some((spelling) => names.has(nameKey(spelling)));
  }
  return nameKey(earlier[field] ?? "") === nameKey(value);
}

/**
 * An earlier row's partner with what a repeat of it adds (a city the earlier row left empty,
 * a kind it left to the default, more tags, other notes), or the problem of putting them
 * together: a field the two give differently, or more tags or notes than a partner holds.
 */
function merged(earlier: CheckedRow, repeat: CheckedRow, spellings: Spellings): { row: CheckedRow } | { field: PartnerImportField; messageKey: string } {
  const input = { ...earlier.input };
  const defaulted = new Set(earlier.defaulted);
  for (const field of REPEATED_FIELDS) {
    const value = repeat.input[field];
    if (value === null || value === "" || repeat.defaulted.includes(field as DefaultedField)) continue;
    if (input[field] === null || input[field] === "" || defaulted.delete(field as DefaultedField)) Object.assign(input, { [field]: value });
    else if (!givesSame(field, earlier.input, value, spellings)) return { field, messageKey: "differsFromRow" };
  }
  input.tags = [...new Set([...input.tags, ...repeat.input.tags])];
  if (input.tags.length > PARTNER_LIMITS.tags) return { field: "tags", messageKey: "tooManyTags" };
  const otherNames = otherNamesOf([input.otherNames, repeat.input.otherNames].filter(Boolean).join("\n"));
  if (otherNames.length > PARTNER_LIMITS.otherNames) return { field: "otherNames", messageKey: "tooManyOtherNames" };
  input.otherNames = otherNames.join("\n") || null;
  const note = repeat.input.notes;
  // A note the partner has already (as its own or as part of the joined ones) is not added again.
  if (note && !input.notes?.includes(note)) input.notes = input.notes ? `${input.notes}\n${note}` : note;
  if ((input.notes?.length ?? 0) > PARTNER_LIMITS.notes) return { field: "notes", messageKey: "tooLong" };
  return { row: { row: earlier.row, input, defaulted: [...defaulted] } };
}

/** What a name in a country stands for: a partner in Meridian, or the row (its index in `rows`) to be created. */
type Holder = { rorId: string | null } & ({ partner: KnownPartner } | { index: number });

/**
 * What the duplicate check makes of the rows: those to create, those refused, those left out,
 * and the problems of bad rows left out (as partners Meridian has), which no longer count.
 */
export type DuplicateCheck = { rows: CheckedRow[]; problems: RowProblem[]; skipped: RowProblem[]; forgiven: RowProblem[] };

const holderId = (holder: Holder) => ("partner" in holder ? `partner:${holder.partner.id}` : `row:${holder.index}`);

/**
 * Sorts out the rows that are partners Meridian already has, or that an earlier row of the
 * file already is: the same English or native name (either as either, `nameKey`) in the same
 * country, unless both carry different ROR IDs; failing that, an other name of just one of them;
 * failing those, one of the row's own other names that is one partner in Meridian's, or its
 * Chinese name that is an earlier row's.
 * - A partner already in Meridian is skipped, named and linked: Meridian's record is not
 *   changed, and a file imported twice adds nothing. So is a bad row (`refused`) that names
 *   one: nothing of it would be imported anyway.
 * - A repeat of an earlier row (a register lists a partner once per agreement) is skipped and
 *   what it adds is kept on the earlier row; a repeat that gives a field differently is a
 *   problem, for the office to say which is right.
 * - A row whose English and native names are two different partners' is a problem.
 * `spellings` gives a name's other spellings to look for as well (Chinese in the other script).
 */
export function findDuplicatePartners(
  checked: readonly CheckedRow[],
  existing: readonly KnownPartner[],
  refused: readonly RefusedRow[] = [],
  spellings: Spellings = (name) => [name],
): DuplicateCheck {
  // By English or native name; by other name, which only counts when no English or native name
  // matches and only one partner (or row) has it: two partners may share a short form.
  const holders = new Map<string, Holder[]>();
  const aliases = new Map<string, Holder[]>();
  const keysOf = (country: string, names: readonly (string | null)[]) => [...new Set(names.filter((name): name is string => Boolean(name)).map((name) => `${country}|${nameKey(name)}`))];
  const lookupKeysOf = (country: string, names: readonly (string | null)[]) => keysOf(country, names.filter((name): name is string => Boolean(name)).flatMap(spellings));
  const holdIn = (map: Map<string, Holder[]>, holder: Holder, keys: string[]) => {
    for (const key of keys) {
      const list = map.get(key);
      if (list) list.push(holder);
      else map.set(key, [holder]);
    }
  };
  /** `holder` under a partner's (or row's) English and native names and its other names. */
  type Names = { country: string; nameEn: string; nameNative: string | null; otherNames?: string | null };
  const hold = (holder: Holder, { country, nameEn, nameNative, otherNames }: Names) => {
    holdIn(holders, holder, keysOf(country, [nameEn, nameNative]));
    holdIn(aliases, holder, keysOf(country, otherNamesOf(otherNames ?? null)));
  };
  const holdersOf = (key: string): Holder[] => {
    const named = holders.get(key);
    if (named) return named;
    const aka = aliases.get(key) ?? [];
    return new Set(aka.map(holderId)).size === 1 ? aka : [];
  };
  const exists = (row: number, field: PartnerImportField, partner: KnownPartner): RowProblem =>
    ({ row, field, messageKey: "exists", values: { name: partner.nameEn, country: partner.country }, link: { href: `/partners/${partner.id}`, name: partner.nameEn } });
  for (const partner of existing) hold({ rorId: partner.rorId, partner }, partner);
  const skipped: RowProblem[] = [];
  const forgiven: RowProblem[] = [];
  for (const { row, names, country, problems: own } of refused) {
    const known = lookupKeysOf(country, names)
      .flatMap(holdersOf)
      .find((holder): holder is Holder & { partner: KnownPartner } => "partner" in holder);
    if (!known) continue;
    skipped.push(exists(row, "nameEn", known.partner));
    forgiven.push(...own);
  }
  const rows: CheckedRow[] = [];
  const problems: RowProblem[] = [];
  for (const checkedRow of checked) {
    const { row, input } = checkedRow;
    // A match is named on the column the name came from: a Chinese name's own, wherever the partner keeps it.
    const chinese = new Set((checkedRow.chineseNames ?? []).map(nameKey));
    const isChinese = (name: string) => chinese.has(nameKey(name));
    const found = (field: PartnerImportField, names: readonly (string | null)[], isCandidate: (holder: Holder) => boolean = () => true) =>
      names.flatMap((name) =>
        name === null
          ? []
          : lookupKeysOf(input.country, [name]).flatMap((key) => {
              const holder = holdersOf(key).find((candidate) => isCandidate(candidate) && isSameInstitution(candidate.rorId, input.rorId));
              return holder ? [{ field: isChinese(name) ? ("nameChinese" as const) : field, holder }] : [];
            }),
      );
    const byName = [...found("nameEn", [input.nameEn]), ...found("nameNative", [input.nameNative])];
    // Failing those, the row's other names, if they are one partner's: a partner in Meridian, or
    // an earlier row by its Chinese name (a full name, as the native name is in China); a short
    // form two rows share may be two institutions.
    const others = otherNamesOf(input.otherNames);
    const byOtherName = byName.length
      ? []
      : [...found("nameChinese", others.filter(isChinese)), ...found("otherNames", others.filter((name) => !isChinese(name)), (holder) => "partner" in holder)];
    const byField = byName.length || new Set(byOtherName.map(({ holder }) => holderId(holder))).size === 1 ? [...byName, ...byOtherName] : [];
    if (byField.length === 0) {
      rows.push(checkedRow);
      hold({ rorId: input.rorId, index: rows.length - 1 }, input);
      continue;
    }
    const [first, second] = [byField[0]!, byField.find(({ holder }) => holderId(holder) !== holderId(byField[0]!.holder))];
    if (second) {
      const described = (holder: Holder) => ("partner" in holder ? { kind: "partner", name: holder.partner.nameEn } : { kind: "row", name: String(rows[holder.index]!.row) });
      const [a, b] = [described(first.holder), described(second.holder)];
      problems.push({ row, field: "nameNative", messageKey: "namesTwo", values: { firstKind: a.kind, first: a.name, secondKind: b.kind, second: b.name, country: input.country } });
      continue;
    }
    const { field, holder } = first;
    if ("partner" in holder) {
      skipped.push(exists(row, field, holder.partner));
      // The row stands for the partner in Meridian, under its own names and ROR ID as well, for the rows after it.
      hold({ rorId: input.rorId ?? holder.partner.rorId, partner: holder.partner }, input);
      continue;
    }
    const earlier = rows[holder.index]!;
    const outcome = merged(earlier, checkedRow, spellings);
    if (!("row" in outcome)) {
      problems.push({ row, field: outcome.field, messageKey: outcome.messageKey, values: { row: String(earlier.row), country: input.country } });
      continue;
    }
    rows[holder.index] = outcome.row;
    skipped.push({ row, field, messageKey: "repeats", values: { row: String(earlier.row), country: input.country } });
    // The earlier row stands for the partner under the names and ROR ID the repeat adds as well.
    holder.rorId = outcome.row.input.rorId;
    hold(holder, input);
  }
  return { rows, problems, skipped: skipped.sort((a, b) => a.row - b.row), forgiven };
}
