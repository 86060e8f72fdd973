import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import { withoutCursor, type PartnerListParams } from "@/lib/partners/list-params";
import { IN_FORCE_TODAY } from "@/lib/agreements/status";
import { assertRole, OFFICE_ROLES } from "./access";
import { recordAudit } from "./audit";
import type { Actor } from "./current-user";
import { readThroughListCache } from "./list-cache";
import type { Locale } from "@/lib/i18n/locales";
import { sortedRegions } from "@/lib/i18n/regions";
import { decodeCursor, encodeCursor, type CursorType, type CursorValue } from "@/lib/lists/keyset";
import { containsWords } from "@/lib/lists/text-search";
import { COUNTRY_CODES } from "@/lib/partners/countries";

export const PARTNER_PAGE_SIZE = 50;

/** One row of the office's partners list. */
export type PartnerListRow = {
  id: string;
  nameEn: string;
  nameNative: string | null;
  /** One a line (lib/partners/partner-input.ts). */
  otherNames: string | null;
  acronym: string | null;
  kind: PartnerKind;
  country: string;
  city: string | null;
  status: PartnerStatus;
  tags: string[];
  activeAgreements: number;
};

export type PartnerListPage = {
  rows: PartnerListRow[];
  total: number;
  nextCursor: string | null;
  previousCursor: string | null;
};

type RawRow = Omit<PartnerListRow, "activeAgreements"> & { createdAt: Date; activeAgreements: number };

// A live agreement in force today (lib/agreements/status.ts).
const IN_FORCE_TEXT = `${IN_FORCE_TODAY} AND a."deletedAt" IS NULL`;
const IN_FORCE = Prisma.raw(IN_FORCE_TEXT);
const ACTIVE_AGREEMENTS_SQL = `(SELECT count(*)::int FROM "AgreementPartner" ap JOIN "Agreement" a ON a.id = ap."agreementId"
  WHERE ap."partnerId" = p.id AND ${IN_FORCE_TEXT})`;
const ACTIVE_AGREEMENTS = Prisma.raw(ACTIVE_AGREEMENTS_SQL);

/**
 * The countries in the alphabetical order of their names in `locale` (Germany, Spain, Finland
 * by code; Finland, France, Germany by name; 德国, 法国, 芬兰 in pinyin): each code's place, and
 * the SQL that gives a partner's. A code outside the list goes last.
 */
type CountryOrder = { sql: string; placeOf: (code: string) => number };
const countryOrders = new Map<Locale, CountryOrder>();
function countryOrder(locale: Locale): CountryOrder {
  let order = countryOrders.get(locale);
  if (!order) {
    const codes = sortedRegions(COUNTRY_CODES, locale).map((region) => region.code);
    const places = new Map(codes.map((code, index) => [code, index + 1]));
    // A jsonb object finds a key by binary search: 11 ms to order 20,000 partners, where
    // array_position's scan of 249 codes took 42 (EXPLAIN ANALYZE). Its keys are our own
    // two-letter codes and its values numbers, so it is written into the SQL as a literal.
    const json = JSON.stringify(Object.fromEntries(places));
    order = {
      sql: `COALESCE(('${json}'::jsonb ->> p.country::text)::int, ${codes.length + 1})`,
      placeOf: (code) => places.get(code) ?? codes.length + 1,
    };
    countryOrders.set(locale, order);
  }
  return order;
}

type SortKey = { columns: readonly (readonly [string, CursorType])[]; descending: boolean };

// Each sort is a key of expressions, unique thanks to the id, in one direction, so a row
// comparison finds the next page. Casts make the cursor's parameters the expressions' own
// types. Name and newest are served by indexes; "country" (by the country's name in the
// reader's language) and "agreements" (most agreements in force first) compute theirs for
// every partner the filters leave: fine at 20,000 partners, and the page is then cached.
function sortKeyOf(sort: PartnerListParams["sort"], locale: Locale): SortKey {
  switch (sort) {
    case "name":
      return { columns: [['p."nameEn"', "varchar"], ["p.id", "uuid"]], descending: false };
    case "country":
      return { columns: [[countryOrder(locale).sql, "int"], ['p."nameEn"', "varchar"], ["p.id", "uuid"]], descending: false };
    case "newest":
      return { columns: [['p."createdAt"', "timestamp"], ["p.id", "uuid"]], descending: true };
    case "agreements":
      return { columns: [[`-${ACTIVE_AGREEMENTS_SQL}`, "int"], ['p."nameEn"', "varchar"], ["p.id", "uuid"]], descending: false };
  }
}

/** The row's values of the sort key's columns: where the next page starts. */
function keyValues(row: RawRow, sort: PartnerListParams["sort"], locale: Locale): CursorValue[] {
  switch (sort) {
    case "name":
      return [row.nameEn, row.id];
    case "country":
      return [countryOrder(locale).placeOf(row.country), row.nameEn, row.id];
    case "newest":
      return [row.createdAt.toISOString(), row.id];
    case "agreements":
      return [-row.activeAgreements, row.nameEn, row.id];
  }
}

const cursorOf = (row: RawRow, sort: PartnerListParams["sort"], locale: Locale) => encodeCursor(keyValues(row, sort, locale));

/** The WHERE of the list: also used for its count and, later, its export. */
function partnerFilters(params: PartnerListParams): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`p."deletedAt" IS NULL`];
  if (params.q) {
    // One trigram index over the names, acronym and city (migrations partner_search,
    // partner_other_names): partial words and Chinese names are found without a scan, each
    // word on its own.
    conditions.push(containsWords(Prisma.sql`partner_search_text(p."nameEn", p."nameNative", p."otherNames", p.acronym, p.city)`, params.q));
  }
  if (params.country) conditions.push(Prisma.sql`p.country = ${params.country}::bpchar`);
  if (params.kind) conditions.push(Prisma.sql`p.kind = ${params.kind}::"PartnerKind"`);
  if (params.status) conditions.push(Prisma.sql`p.status = ${params.status}::"PartnerStatus"`);
  if (params.tag) conditions.push(Prisma.sql`p.tags @> ARRAY[${params.tag}]::text[]`);
  if (params.active) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "AgreementPartner" ap JOIN "Agreement" a ON a.id = ap."agreementId"
      WHERE ap."partnerId" = p.id AND ${IN_FORCE})`);
  }
  return Prisma.join(conditions, " AND ");
}

function orderOf(key: SortKey, descending: boolean): Prisma.Sql {
  const direction = Prisma.raw(descending ? "DESC" : "ASC");
  return Prisma.join(key.columns.map(([column]) => Prisma.sql`${Prisma.raw(column)} ${direction}`), ", ");
}

/** Rows past the cursor in the key's order: one row comparison, which the key's index serves. */
function after(key: SortKey, cursor: CursorValue[], descending: boolean): Prisma.Sql {
  const columns = Prisma.raw(key.columns.map(([column]) => column).join(", "));
  const values = Prisma.join(key.columns.map(([, type], i) => Prisma.sql`${cursor[i]}::${Prisma.raw(type)}`), ", ");
  return Prisma.sql`(${columns}) ${Prisma.raw(descending ? "<" : ">")} (${values})`;
}


/** The partners list: search, filters, sort and keyset pages, for the office; `locale` orders countries by name. */
export async function listPartners(actor: Actor | null, params: PartnerListParams, locale: Locale): Promise<PartnerListPage> {
  assertRole(actor, OFFICE_ROLES);
  const key = sortKeyOf(params.sort, locale);
  const backwards = Boolean(params.before) && !params.after;
  const cursor = decodeCursor(backwards ? params.before : params.after, key.columns.map(([, type]) => type));
  // Walking backwards is walking the reversed order forwards, then turning the page round.
  const descending = key.descending !== backwards;
  const orderBy = orderOf(key, descending);
  const where = [partnerFilters(params)];
  if (cursor) where.push(after(key, cursor, descending));

  // The count is kept per filter, so paging through a view counts once.
  const [raw, total] = await Promise.all([
    readThroughListCache(`partners.rows|${JSON.stringify(params)}|${params.sort === "country" ? locale : ""}`, () => db().$queryRaw<RawRow[]>`
      SELECT p.id, p."nameEn", p."nameNative", p."otherNames", p.acronym, p.kind, p.country, p.city, p.status, p.tags, p."createdAt",
        ${ACTIVE_AGREEMENTS} AS "activeAgreements"
      FROM "Partner" p
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY ${orderBy}
      LIMIT ${PARTNER_PAGE_SIZE + 1}`),
    readThroughListCache(`partners.count|${JSON.stringify(withoutCursor(params))}`, async () => {
      const [{ total }] = await db().$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM "Partner" p WHERE ${partnerFilters(params)}`;
      return total;
    }),
  ]);

  const hasMore = raw.length > PARTNER_PAGE_SIZE;
  const page = raw.slice(0, PARTNER_PAGE_SIZE);
  if (backwards) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const rows = page.map(({ createdAt: _createdAt, ...row }) => row);
  return {
    rows,
    total,
    nextCursor: last && (backwards ? Boolean(cursor) : hasMore) ? cursorOf(last, params.sort, locale) : null,
    previousCursor: first && (backwards ? hasMore : Boolean(cursor)) ? cursorOf(first, params.sort, locale) : null,
  };
}

/** What the list's filters can offer: the countries and tags live partners have. */
export async function listPartnerFacets(actor: Actor | null): Promise<{ countries: string[]; tags: string[] }> {
  assertRole(actor, OFFICE_ROLES);
  return readThroughListCache("partners.facets", async () => {
    const [countries, tags] = await Promise.all([
      db().$queryRaw<{ value: string }[]>`SELECT DISTINCT country AS value FROM "Partner" WHERE "deletedAt" IS NULL ORDER BY 1`,
      db().$queryRaw<{ value: string }[]>`SELECT DISTINCT unnest(tags) AS value FROM "Partner" WHERE "deletedAt" IS NULL ORDER BY 1`,
    ]);
    return { countries: countries.map((r) => r.value), tags: tags.map((r) => r.value) };
  });
}

/** One row of the partners export: the list's columns and the record's other plain fields. */
export type PartnerExportRow = PartnerListRow & { website: string | null; rorId: string | null; erasmusCode: string | null; createdAt: Date };

const EXPORT_BATCH = 1000;

/**
 * Exactly the partners the list shows for these filters, in its order, fetched in keyset
 * batches so any number of rows streams in constant memory. The caller is checked and the
 * export audited before the first row.
 */
export async function exportPartners(actor: Actor | null, params: PartnerListParams, locale: Locale): Promise<AsyncIterable<PartnerExportRow>> {
  const user = assertRole(actor, OFFICE_ROLES);
  const { q, country, kind, status, tag, active, sort } = params;
  const filters = Object.fromEntries(Object.entries({ q, country, kind, status, tag, active, sort }).filter(([, value]) => value));
  await recordAudit(db(), { actorId: user.id, action: "EXPORT", entityType: "Partner", changes: { filters } });
  const key = sortKeyOf(params.sort, locale);
  return (async function* () {
    let cursor: CursorValue[] | null = null;
    for (;;) {
      const where = [partnerFilters(params), ...(cursor ? [after(key, cursor, key.descending)] : [])];
      const batch = await db().$queryRaw<(RawRow & Omit<PartnerExportRow, keyof RawRow>)[]>`
        SELECT p.id, p."nameEn", p."nameNative", p."otherNames", p.acronym, p.kind, p.country, p.city, p.status, p.tags, p."createdAt",
          p.website, p."rorId", p."erasmusCode", ${ACTIVE_AGREEMENTS} AS "activeAgreements"
        FROM "Partner" p
        WHERE ${Prisma.join(where, " AND ")}
        ORDER BY ${orderOf(key, key.descending)}
        LIMIT ${EXPORT_BATCH}`;
      yield* batch;
      const last = batch.at(-1);
      if (!last || batch.length < EXPORT_BATCH) return;
      cursor = keyValues(last, params.sort, locale);
    }
  })();
}
