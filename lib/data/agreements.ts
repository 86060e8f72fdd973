import "server-only";
import { addDays, isoDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementKind, AgreementStatus, ApprovalDecision } from "@/lib/generated/prisma/enums";
import type { AgreementInput, MobilityTermInput } from "@/lib/agreements/input";
import type { AgreementListParams } from "@/lib/agreements/list-params";
import { QUICK_VIEWS } from "@/lib/agreements/list-params";
import { readShownStatus, shownStatusIs, shownStatusSql, todayOf } from "@/lib/agreements/status";
import { isUuid } from "@/lib/ids";
import { decodeCursor, encodeCursor, type CursorValue } from "@/lib/lists/keyset";
import { containsWord, likeWord, searchWords } from "@/lib/lists/text-search";
import { otherNamesOf } from "@/lib/partners/partner-input";
import { assertRole, OFFICE_ROLES } from "./access";
import type { Actor } from "./current-user";
import { AppError } from "./errors";
import { readThroughListCache } from "./list-cache";

// Reading agreements: the office's list (search, filters, keyset pages), the record's page
// and the choices its form offers. Changes are in agreement-changes.ts. Deleted agreements
// never appear here; the admin's "Deleted" view is listDeletedAgreements.

export const AGREEMENT_PAGE_SIZE = 50;

export type AgreementListRow = {
  id: string;
  referenceNumber: string;
  title: string;
  kind: AgreementKind;
  /** As shown: an active agreement past its expiry is EXPIRED. */
  status: AgreementStatus;
  signedOn: Date | null;
  expiresOn: Date | null;
  /** A termination's first day, still to come while the status shows ACTIVE. */
  terminatesOn: Date | null;
  /** The day it takes effect, while that is still to come: a signed agreement (or an early-approved renewal) shows ACTIVE before it. */
  startsOn: Date | null;
  /** The first partners by name, at most PARTNERS_SHOWN; `morePartners` when there are others. */
  partners: string[];
  morePartners: boolean;
  ownerName: string | null;
};

const PARTNERS_SHOWN = 4;

export type AgreementListPage = {
  rows: AgreementListRow[];
  total: number;
  nextCursor: string | null;
  previousCursor: string | null;
};

type RawRow = Omit<AgreementListRow, "morePartners"> & { createdAt: Date; expiresKey: string };

// Each sort is a key of columns, unique thanks to the id. "expires" puts agreements without
// an expiry date last ('infinity' sorts after every date and keeps the row comparison simple).
export const SORT_KEYS = {
  newest: { columns: [['a."createdAt"', "timestamp"], ["a.id", "uuid"]], descending: true },
  reference: { columns: [['a."referenceNumber"', "varchar"], ["a.id", "uuid"]], descending: false },
  expires: { columns: [[`COALESCE(a."expiresOn", 'infinity'::date)`, "date"], ["a.id", "uuid"]], descending: false },
} as const;

function cursorOf(row: RawRow, sort: AgreementListParams["sort"]): string {
  const first: CursorValue = sort === "newest" ? row.createdAt.toISOString() : sort === "reference" ? row.referenceNumber : row.expiresKey;
  return encodeCursor([first, row.id]);
}

/** The WHERE of the list, also used for its count and its export. */
export function agreementWhere(params: AgreementListParams, today: string): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`a."deletedAt" IS NULL`];
  // Each word of the search in the agreement's reference or title, or in one of its partners'
  // names: "exchange munich" finds the exchange agreements with a Munich partner. Trigram
  // indexes over the lowered reference and title, and over the partners' search text
  // (migrations agreement_search, partner_search): partial words and Chinese names are found
  // without scanning every agreement. The partners' text also holds their city, which the
  // index narrows by and the names then exclude. A Chinese word is found in either script:
  // 台湾 finds the agreements of 國立臺灣大學.
  for (const word of params.q ? searchWords(params.q) : []) {
    const agreementText = containsWord(Prisma.sql`agreement_search_text(x."referenceNumber", x.title)`, word);
    const partnerText = containsWord(Prisma.sql`partner_search_text(p."nameEn", p."nameNative", p."otherNames", p.acronym, p.city)`, word);
    const partnerName = likeWord(Prisma.sql`partner_search_text(p."nameEn", p."nameNative", p."otherNames", p.acronym, NULL)`, word);
    // A union of two index scans: an OR across them would scan every agreement instead.
    conditions.push(Prisma.sql`a.id IN (
      SELECT x.id FROM "Agreement" x WHERE ${agreementText}
      UNION SELECT ap."agreementId" FROM "AgreementPartner" ap JOIN "Partner" p ON p.id = ap."partnerId"
        WHERE p."deletedAt" IS NULL AND ${partnerText} AND ${partnerName})`);
  }
  if (params.kind) conditions.push(Prisma.sql`a.kind = ${params.kind}::"AgreementKind"`);
  if (params.status) conditions.push(shownStatusIs(params.status, today));
  if (params.partner) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "AgreementPartner" ap WHERE ap."agreementId" = a.id AND ap."partnerId" = ${params.partner}::uuid)`);
  }
  if (params.country) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "AgreementPartner" ap JOIN "Partner" p ON p.id = ap."partnerId"
      WHERE ap."agreementId" = a.id AND p.country = ${params.country}::bpchar)`);
  }
  if (params.owner) conditions.push(Prisma.sql`a."ownerId" = ${params.owner}::uuid`);
  if (params.faculty) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "AgreementFaculty" af WHERE af."agreementId" = a.id AND af."facultyId" = ${params.faculty}::uuid)`);
  }
  if (params.signed) {
    conditions.push(Prisma.sql`a."signedOn" >= ${`${params.signed}-01-01`}::date AND a."signedOn" <= ${`${params.signed}-12-31`}::date`);
  }
  if (params.expiring) {
    // In force today and running out within the window: one ending early by a termination
    // will not be renewed, and one with an approved renewal is renewed, so neither is "expiring".
    conditions.push(Prisma.sql`a.status = 'ACTIVE' AND a."terminatesOn" IS NULL AND a."supersededOn" IS NULL AND a."expiresOn" >= ${today}::date AND a."expiresOn" <= ${isoDate(addDays(new Date(today), Number(params.expiring)))}::date`);
  }
  return Prisma.join(conditions, " AND ");
}

async function countWhere(where: Prisma.Sql): Promise<number> {
  const [{ total }] = await db().$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM "Agreement" a WHERE ${where}`;
  return total;
}

/** The list's parameters without the page position: what its count depends on. */
const filtersKey = (params: AgreementListParams, today: string) => JSON.stringify({ ...params, after: undefined, before: undefined, today });

/** The agreements list: search, filters, sort and keyset pages, for the office. */
export async function listAgreements(actor: Actor | null, params: AgreementListParams, now = new Date()): Promise<AgreementListPage> {
  assertRole(actor, OFFICE_ROLES);
  const today = todayOf(now);
  const key = SORT_KEYS[params.sort];
  const backwards = Boolean(params.before) && !params.after;
  const cursor = decodeCursor(backwards ? params.before : params.after, key.columns.map(([, type]) => type));
  // Walking backwards is walking the reversed order forwards, then turning the page round.
  const descending = key.descending !== backwards;
  const direction = Prisma.raw(descending ? "DESC" : "ASC");
  const orderBy = Prisma.join(key.columns.map(([column]) => Prisma.sql`${Prisma.raw(column)} ${direction}`), ", ");
  const filters = agreementWhere(params, today);
  const where = [filters];
  if (cursor) {
    const columns = Prisma.raw(key.columns.map(([column]) => column).join(", "));
    const values = Prisma.join(key.columns.map(([, type], i) => Prisma.sql`${cursor[i]}::${Prisma.raw(type)}`), ", ");
    where.push(Prisma.sql`(${columns}) ${Prisma.raw(descending ? "<" : ">")} (${values})`);
  }

  // The count is kept per filter, so paging through a view counts once.
  const [raw, total] = await Promise.all([
    readThroughListCache(`agreements.rows|${JSON.stringify({ ...params, today })}`, () => db().$queryRaw<RawRow[]>`
      SELECT a.id, a."referenceNumber", a.title, a.kind, ${shownStatusSql(today)} AS status, a."signedOn", a."expiresOn",
        a."terminatesOn", CASE WHEN a."effectiveOn" > ${today}::date THEN a."effectiveOn" END AS "startsOn", a."createdAt",
        COALESCE(a."expiresOn", 'infinity'::date)::text AS "expiresKey", u.name AS "ownerName",
        ARRAY(SELECT p."nameEn" FROM "AgreementPartner" ap JOIN "Partner" p ON p.id = ap."partnerId"
          WHERE ap."agreementId" = a.id ORDER BY p."nameEn" LIMIT ${PARTNERS_SHOWN + 1}) AS partners
      FROM "Agreement" a LEFT JOIN "User" u ON u.id = a."ownerId"
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY ${orderBy}
      LIMIT ${AGREEMENT_PAGE_SIZE + 1}`),
    readThroughListCache(`agreements.count|${filtersKey(params, today)}`, () => countWhere(filters)),
  ]);

  const hasMore = raw.length > AGREEMENT_PAGE_SIZE;
  const page = raw.slice(0, AGREEMENT_PAGE_SIZE);
  if (backwards) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  return {
    rows: page.map(({ createdAt: _c, expiresKey: _e, partners, ...row }) => ({ ...row, partners: partners.slice(0, PARTNERS_SHOWN), morePartners: partners.length > PARTNERS_SHOWN })),
    total,
    nextCursor: last && (backwards ? Boolean(cursor) : hasMore) ? cursorOf(last, params.sort) : null,
    previousCursor: first && (backwards ? hasMore : Boolean(cursor)) ? cursorOf(first, params.sort) : null,
  };
}

/** How many agreements the list shows with `filters` today: the dashboard's figures, which link to those views. */
export async function countAgreements(actor: Actor | null, filters: Partial<AgreementListParams>, now = new Date()): Promise<number> {
  assertRole(actor, OFFICE_ROLES);
  return countWhere(agreementWhere({ q: "", sort: "newest", ...filters }, todayOf(now)));
}

/** How many agreements each quick view holds today, for the tabs above the list. */
export async function countAgreementQuickViews(actor: Actor | null, now = new Date()): Promise<Record<keyof typeof QUICK_VIEWS, number>> {
  assertRole(actor, OFFICE_ROLES);
  const today = todayOf(now);
  const base = { q: "", sort: "newest" } as const;
  return readThroughListCache(`agreements.quickViews|${today}`, async () => {
    const [expiring, awaiting] = await Promise.all([
      countWhere(agreementWhere({ ...base, ...QUICK_VIEWS.expiring }, today)),
      countWhere(agreementWhere({ ...base, ...QUICK_VIEWS.awaiting }, today)),
    ]);
    return { expiring, awaiting };
  });
}

export type Choice = { id: string; label: string; description?: string };

export type AgreementChoices = {
  owners: Choice[];
  faculties: { id: string; code: string; nameEn: string; nameZh: string | null }[];
  countries: string[];
  years: number[];
  /** The partner a list is filtered by, to name it. */
  partner: Choice | null;
};

/** What the list's filters and the form offer: office users, faculties, countries, signed years. */
export async function listAgreementChoices(actor: Actor | null, partnerId?: string): Promise<AgreementChoices> {
  assertRole(actor, OFFICE_ROLES);
  // The partner is read apart, so the choices stay one entry whichever partner is chosen.
  const [choices, partner] = await Promise.all([
    readThroughListCache("agreements.choices", readAgreementChoices),
    partnerId && isUuid(partnerId)
      ? readThroughListCache(`agreements.partner|${partnerId}`, () => db().partner.findUnique({ where: { id: partnerId }, select: { id: true, nameEn: true } }))
      : null,
  ]);
  return { ...choices, partner: partner ? { id: partner.id, label: partner.nameEn } : null };
}

async function readAgreementChoices(): Promise<Omit<AgreementChoices, "partner">> {
  const [owners, faculties, countries, years] = await Promise.all([
    db().user.findMany({
      where: { role: { in: ["ADMIN", "STAFF"] }, disabledAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, email: true },
      take: 500,
    }),
    db().faculty.findMany({ orderBy: { nameEn: "asc" }, select: { id: true, code: true, nameEn: true, nameZh: true } }),
    // Both read one index probe per distinct value (a loose index scan) instead of every row:
    // at 20,000 partners and 100,000 agreements, on a busy machine, the DISTINCTs over every
    // row took 110-140 ms, these 4-7 ms, on each first view after a write. The LIMIT in the
    // lateral keeps the planner from turning it into a full hash join.
    db().$queryRaw<{ value: string }[]>`
      WITH RECURSIVE countries AS (
        (SELECT country FROM "Partner" ORDER BY country LIMIT 1)
        UNION ALL
        SELECT (SELECT p.country FROM "Partner" p WHERE p.country > c.country ORDER BY p.country LIMIT 1)
        FROM countries c WHERE c.country IS NOT NULL
      )
      SELECT c.country AS value FROM countries c
      CROSS JOIN LATERAL (
        SELECT 1 FROM "Partner" p JOIN "AgreementPartner" ap ON ap."partnerId" = p.id
        WHERE p.country = c.country AND p."deletedAt" IS NULL ORDER BY p."nameEn" LIMIT 1
      ) AS has_agreement
      ORDER BY 1`,
    db().$queryRaw<{ value: number }[]>`
      WITH RECURSIVE years AS (
        (SELECT extract(year FROM "signedOn")::int AS year FROM "Agreement"
          WHERE "deletedAt" IS NULL AND "signedOn" IS NOT NULL ORDER BY "signedOn" DESC LIMIT 1)
        UNION ALL
        SELECT (SELECT extract(year FROM a."signedOn")::int FROM "Agreement" a
          WHERE a."deletedAt" IS NULL AND a."signedOn" < make_date(years.year, 1, 1) ORDER BY a."signedOn" DESC LIMIT 1)
        FROM years WHERE years.year IS NOT NULL
      )
      SELECT year AS value FROM years WHERE year IS NOT NULL`,
  ]);
  return {
    owners: owners.map((user) => ({ id: user.id, label: user.name, description: user.email })),
    faculties,
    countries: countries.map((row) => row.value),
    years: years.map((row) => row.value),
  };
}

/**
 * Live partners one of whose names (English, native, other) or acronym contains the text, in
 * either Chinese script: the form's and the list filter's picker. The search text's indexes
 * find them; the same text without the city is the test, so a city alone finds nothing.
 */
export async function searchAgreementPartners(actor: Actor | null, text: string): Promise<Choice[]> {
  assertRole(actor, OFFICE_ROLES);
  const q = text.trim().slice(0, 100);
  const named = Prisma.sql`${containsWord(Prisma.sql`partner_search_text("nameEn", "nameNative", "otherNames", acronym, city)`, q)}
    AND ${likeWord(Prisma.sql`partner_search_text("nameEn", "nameNative", "otherNames", acronym, NULL)`, q)}`;
  const rows = await db().$queryRaw<{ id: string; nameEn: string; nameNative: string | null; otherNames: string | null; acronym: string | null; country: string; city: string | null }[]>`
    SELECT id, "nameEn", "nameNative", "otherNames", acronym, country, city FROM "Partner"
    WHERE "deletedAt" IS NULL ${q ? Prisma.sql`AND ${named}` : Prisma.empty}
    ORDER BY "nameEn", id LIMIT 20`;
  return rows.map((row) => ({
    id: row.id,
    label: row.nameEn,
    // Its other names too: a partner found by one shows why.
    description: [row.acronym, row.nameNative, ...otherNamesOf(row.otherNames), [row.city, row.country].filter(Boolean).join(", ")].filter(Boolean).join(" · "),
  }));
}

/** A mobility term as stored: what the form submits, with its id. */
export type MobilityTermView = MobilityTermInput & { id: string };

export type ChainLink = { id: string; referenceNumber: string; title: string; status: AgreementStatus; effectiveOn: Date | null; expiresOn: Date | null; deleted: boolean };

/** The agreement's own fields as the form edits them; its related records come whole. */
export type AgreementDetail = Omit<AgreementInput, "partnerIds" | "facultyIds" | "ownerId" | "terms"> & {
  id: string;
  /** The workflow's stored status. */
  storedStatus: AgreementStatus;
  /** As shown today. */
  status: AgreementStatus;
  /** From this date on it shows as TERMINATED (a termination recorded, in effect or to come). */
  terminatesOn: Date | null;
  /** From this date on it shows as SUPERSEDED: the day its approved renewal takes over. */
  supersededOn: Date | null;
  /** The agreement this one renews, if any. */
  supersedesId: string | null;
  version: number;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  owner: Choice | null;
  partners: { id: string; nameEn: string; nameNative: string | null; country: string }[];
  faculties: { id: string; code: string; nameEn: string; nameZh: string | null }[];
  terms: MobilityTermView[];
  approvals: {
    id: string; decision: ApprovalDecision; fromStatus: AgreementStatus; toStatus: AgreementStatus; comment: string | null;
    takesEffectOn: Date | null; createdAt: Date; actorName: string | null;
  }[];
  /** The renewal chain, oldest first, this agreement included. */
  chain: ChainLink[];
  /** Whether the reader may approve or return it (an admin or its owner). */
  canDecide: boolean;
};

const CHAIN_LIMIT = 50;

const detailSelect = {
  id: true, referenceNumber: true, title: true, kind: true, status: true, signedOn: true, effectiveOn: true, expiresOn: true, terminatesOn: true,
  supersededOn: true, supersedesId: true, autoRenews: true, noticePeriodDays: true, ministryApprovalNumber: true, ministryApprovedOn: true, scope: true,
  tuitionWaiver: true, creditRecognition: true, notes: true, version: true, deletedAt: true, createdAt: true, updatedAt: true,
  owner: { select: { id: true, name: true, email: true } },
  partners: { select: { partner: { select: { id: true, nameEn: true, nameNative: true, country: true } } } },
  faculties: { select: { faculty: { select: { id: true, code: true, nameEn: true, nameZh: true } } } },
  mobilityTerms: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true, sendingPartnerId: true, receivingPartnerId: true, mobilityType: true, fromAcademicYear: true, toAcademicYear: true,
      placesPerYear: true, monthsPerYear: true, daysPerYear: true, eqfLevels: true, iscedCodes: true, languageCode: true,
      cefrLevel: true, blended: true,
    },
  },
  approvals: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, decision: true, fromStatus: true, toStatus: true, comment: true, takesEffectOn: true, createdAt: true, actor: { select: { name: true } } },
  },
} satisfies Prisma.AgreementSelect;

/** The whole renewal chain through an agreement, oldest first (deleted links flagged). */
async function renewalChain(tx: Prisma.TransactionClient, id: string, today: string): Promise<ChainLink[]> {
  return tx.$queryRaw<ChainLink[]>`
    WITH RECURSIVE back AS (
      SELECT id, "supersedesId", 0 AS depth FROM "Agreement" WHERE id = ${id}::uuid
      UNION ALL
      SELECT p.id, p."supersedesId", back.depth - 1 FROM "Agreement" p JOIN back ON p.id = back."supersedesId" WHERE back.depth > ${-CHAIN_LIMIT}::int
    ), forward AS (
      SELECT id, 0 AS depth FROM "Agreement" WHERE id = ${id}::uuid
      UNION ALL
      SELECT n.id, forward.depth + 1 FROM "Agreement" n JOIN forward ON n."supersedesId" = forward.id WHERE forward.depth < ${CHAIN_LIMIT}::int
    ), chain AS (SELECT id, depth FROM back UNION SELECT id, depth FROM forward)
    SELECT a.id, a."referenceNumber", a.title, ${shownStatusSql(today)} AS status, a."effectiveOn", a."expiresOn",
      (a."deletedAt" IS NOT NULL) AS deleted
    FROM chain JOIN "Agreement" a ON a.id = chain.id ORDER BY chain.depth`;
}

/**
 * Everything an agreement's page shows. Deleted agreements are NOT_FOUND except for admins
 * with `includeDeleted` (the restore view).
 */
export async function getAgreement(actor: Actor | null, id: string, options: { includeDeleted?: boolean; now?: Date } = {}): Promise<AgreementDetail> {
  const reader = assertRole(actor, OFFICE_ROLES);
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const today = todayOf(options.now ?? new Date());
  // One snapshot for the record, its shown status and its chain, so a change committed
  // between the reads cannot show the header and the workflow at different stages.
  const [agreement, shown, chain] = await db().$transaction(
    async (tx) => [
      await tx.agreement.findUnique({ where: { id }, select: detailSelect }),
      await readShownStatus(tx, id, today),
      await renewalChain(tx, id, today),
    ] as const,
    { isolationLevel: "RepeatableRead" },
  );
  if (!agreement || !shown || (agreement.deletedAt && !(options.includeDeleted && reader.role === "ADMIN"))) throw new AppError("NOT_FOUND");
  const { owner, partners, faculties, mobilityTerms, approvals, status, ...fields } = agreement;
  return {
    ...fields,
    storedStatus: status,
    status: shown,
    owner: owner ? { id: owner.id, label: owner.name, description: owner.email } : null,
    partners: partners.map((link) => link.partner).sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
    faculties: faculties.map((link) => link.faculty).sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
    terms: mobilityTerms.map((term) => ({ ...term, monthsPerYear: term.monthsPerYear === null ? null : Number(term.monthsPerYear) })),
    approvals: approvals.map(({ actor: who, ...approval }) => ({ ...approval, actorName: who?.name ?? null })),
    chain,
    canDecide: reader.role === "ADMIN" || owner?.id === reader.id,
  };
}
