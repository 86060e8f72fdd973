import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import type { PartnerListParams } from "@/lib/partners/list-params";
import { assertRole, OFFICE_ROLES } from "./access";
import type { Actor } from "./current-user";
import { decodeCursor, encodeCursor, likePattern, type CursorValue } from "@/lib/lists/keyset";

export const PARTNER_PAGE_SIZE = 50;

/** One row of the office's partners list. */
export type PartnerListRow = {
  id: string;
  nameEn: string;
  nameNative: string | null;
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

// Each sort is a key of columns, unique thanks to the id, that an index serves in order.
// Casts make the cursor's parameters the columns' own types, so the row comparison can use it.
const SORT_KEYS = {
  name: { columns: [['"nameEn"', "varchar"], ["id", "uuid"]], descending: false },
  country: { columns: [["country", "bpchar"], ['"nameEn"', "varchar"], ["id", "uuid"]], descending: false },
  newest: { columns: [['"createdAt"', "timestamp"], ["id", "uuid"]], descending: true },
} as const;

function cursorOf(row: RawRow, sort: PartnerListParams["sort"]): string {
  const values: Record<string, CursorValue> = {
    '"nameEn"': row.nameEn, country: row.country, id: row.id, '"createdAt"': row.createdAt.toISOString(),
  };
  return encodeCursor(SORT_KEYS[sort].columns.map(([column]) => values[column] ?? null));
}

/** The WHERE of the list: also used for its count and, later, its export. */
function partnerFilters(params: PartnerListParams): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`p."deletedAt" IS NULL`];
  if (params.q) {
    // Each column has a trigram index: partial words and Chinese names are found without a scan.
    const pattern = likePattern(params.q);
    conditions.push(
      Prisma.sql`(p."nameEn" ILIKE ${pattern} OR p."nameNative" ILIKE ${pattern} OR p.acronym ILIKE ${pattern} OR p.city ILIKE ${pattern})`,
    );
  }
  if (params.country) conditions.push(Prisma.sql`p.country = ${params.country}::bpchar`);
  if (params.kind) conditions.push(Prisma.sql`p.kind = ${params.kind}::"PartnerKind"`);
  if (params.status) conditions.push(Prisma.sql`p.status = ${params.status}::"PartnerStatus"`);
  if (params.tag) conditions.push(Prisma.sql`p.tags @> ARRAY[${params.tag}]::text[]`);
  if (params.active) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "AgreementPartner" ap JOIN "Agreement" a ON a.id = ap."agreementId"
      WHERE ap."partnerId" = p.id AND a.status = 'ACTIVE' AND a."deletedAt" IS NULL)`);
  }
  return Prisma.join(conditions, " AND ");
}

/** The partners list: search, filters, sort and keyset pages, for the office. */
export async function listPartners(actor: Actor | null, params: PartnerListParams): Promise<PartnerListPage> {
  assertRole(actor, OFFICE_ROLES);
  const key = SORT_KEYS[params.sort];
  const backwards = Boolean(params.before) && !params.after;
  const cursor = decodeCursor(backwards ? params.before : params.after, key.columns.length);
  // Walking backwards is walking the reversed order forwards, then turning the page round.
  const descending = key.descending !== backwards;
  const direction = Prisma.raw(descending ? "DESC" : "ASC");
  const orderBy = Prisma.join(key.columns.map(([column]) => Prisma.sql`p.${Prisma.raw(column)} ${direction}`), ", ");
  const where = [partnerFilters(params)];
  if (cursor) {
    const columns = Prisma.raw(key.columns.map(([column]) => `p.${column}`).join(", "));
    const values = Prisma.join(key.columns.map(([, type], i) => Prisma.sql`${cursor[i]}::${Prisma.raw(type)}`), ", ");
    where.push(Prisma.sql`(${columns}) ${Prisma.raw(descending ? "<" : ">")} (${values})`);
  }

  const [raw, [{ total }]] = await Promise.all([
    db().$queryRaw<RawRow[]>`
      SELECT p.id, p."nameEn", p."nameNative", p.acronym, p.kind, p.country, p.city, p.status, p.tags, p."createdAt",
        (SELECT count(*)::int FROM "AgreementPartner" ap JOIN "Agreement" a ON a.id = ap."agreementId"
          WHERE ap."partnerId" = p.id AND a.status = 'ACTIVE' AND a."deletedAt" IS NULL) AS "activeAgreements"
      FROM "Partner" p
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY ${orderBy}
      LIMIT ${PARTNER_PAGE_SIZE + 1}`,
    db().$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM "Partner" p WHERE ${partnerFilters(params)}`,
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
    nextCursor: last && (backwards ? Boolean(cursor) : hasMore) ? cursorOf(last, params.sort) : null,
    previousCursor: first && (backwards ? hasMore : Boolean(cursor)) ? cursorOf(first, params.sort) : null,
  };
}

/** What the list's filters can offer: the countries and tags live partners have. */
export async function listPartnerFacets(actor: Actor | null): Promise<{ countries: string[]; tags: string[] }> {
  assertRole(actor, OFFICE_ROLES);
  const [countries, tags] = await Promise.all([
    db().$queryRaw<{ value: string }[]>`SELECT DISTINCT country AS value FROM "Partner" WHERE "deletedAt" IS NULL ORDER BY 1`,
    db().$queryRaw<{ value: string }[]>`SELECT DISTINCT unnest(tags) AS value FROM "Partner" WHERE "deletedAt" IS NULL ORDER BY 1`,
  ]);
  return { countries: countries.map((r) => r.value), tags: tags.map((r) => r.value) };
}
