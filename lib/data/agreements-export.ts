import "server-only";
import type { AgreementListParams } from "@/lib/agreements/list-params";
import { shownStatusSql, todayOf } from "@/lib/agreements/status";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementKind, AgreementStatus } from "@/lib/generated/prisma/enums";
import type { CursorValue } from "@/lib/lists/keyset";
import { assertRole, OFFICE_ROLES } from "./access";
import { agreementWhere, SORT_KEYS } from "./agreements";
import { recordAudit } from "./audit";
import type { Actor } from "./current-user";

// The agreements list as a file: exactly its filters and order (agreementWhere, SORT_KEYS),
// in keyset batches so any number of rows streams in constant memory.

export type AgreementExportRow = {
  id: string;
  referenceNumber: string;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  partners: string[];
  countries: string[];
  signedOn: Date | null;
  effectiveOn: Date | null;
  expiresOn: Date | null;
  terminatesOn: Date | null;
  autoRenews: boolean;
  /** "Name <email>": readable, and unambiguous for the import when two staff share a name. */
  owner: string | null;
  ministryApprovalNumber: string | null;
  createdAt: Date;
  expiresKey: string;
};

const BATCH = 1000;

function keyValues(row: AgreementExportRow, sort: AgreementListParams["sort"]): CursorValue[] {
  if (sort === "newest") return [row.createdAt.toISOString(), row.id];
  if (sort === "reference") return [row.referenceNumber, row.id];
  return [row.expiresKey, row.id];
}

/** Checks the caller and audits the export (with its filters) before the first row. */
export async function exportAgreements(actor: Actor | null, params: AgreementListParams, now = new Date()): Promise<AsyncIterable<AgreementExportRow>> {
  const user = assertRole(actor, OFFICE_ROLES);
  const { after: _after, before: _before, ...shown } = params;
  const filters = Object.fromEntries(Object.entries(shown).filter(([, value]) => value));
  await recordAudit(db(), { actorId: user.id, action: "EXPORT", entityType: "Agreement", changes: { filters } });
  const today = todayOf(now);
  const key = SORT_KEYS[params.sort];
  const direction = Prisma.raw(key.descending ? "DESC" : "ASC");
  const orderBy = Prisma.join(key.columns.map(([column]) => Prisma.sql`${Prisma.raw(column)} ${direction}`), ", ");
  const columns = Prisma.raw(key.columns.map(([column]) => column).join(", "));
  // English names several live partners share are written "Name (DE)", which the import reads back.
  const shared = (
    await db().$queryRaw<{ name: string }[]>`SELECT lower("nameEn") AS name FROM "Partner" WHERE "deletedAt" IS NULL GROUP BY 1 HAVING count(*) > 1`
  ).map((row) => row.name);
  return (async function* () {
    let cursor: CursorValue[] | null = null;
    for (;;) {
      const where = [agreementWhere(params, today)];
      if (cursor) {
        const values = Prisma.join(key.columns.map(([, type], i) => Prisma.sql`${cursor![i]}::${Prisma.raw(type)}`), ", ");
        where.push(Prisma.sql`(${columns}) ${Prisma.raw(key.descending ? "<" : ">")} (${values})`);
      }
      const batch = await db().$queryRaw<AgreementExportRow[]>`
        SELECT a.id, a."referenceNumber", a.title, a.kind, ${shownStatusSql(today)} AS status, a."signedOn", a."effectiveOn",
          a."expiresOn", a."terminatesOn", a."autoRenews", a."ministryApprovalNumber", a."createdAt", CASE WHEN u.id IS NOT NULL THEN u.name || ' <' || u.email || '>' END AS owner,
          COALESCE(a."expiresOn", 'infinity'::date)::text AS "expiresKey",
          ARRAY(SELECT CASE WHEN lower(p."nameEn") = ANY(${shared}::text[]) THEN p."nameEn" || ' (' || p.country || ')' ELSE p."nameEn" END
            FROM "AgreementPartner" ap JOIN "Partner" p ON p.id = ap."partnerId" WHERE ap."agreementId" = a.id ORDER BY p."nameEn") AS partners,
          ARRAY(SELECT DISTINCT p.country::text FROM "AgreementPartner" ap JOIN "Partner" p ON p.id = ap."partnerId" WHERE ap."agreementId" = a.id) AS countries
        FROM "Agreement" a LEFT JOIN "User" u ON u.id = a."ownerId"
        WHERE ${Prisma.join(where, " AND ")}
        ORDER BY ${orderBy}
        LIMIT ${BATCH}`;
      yield* batch;
      const last = batch.at(-1);
      if (!last || batch.length < BATCH) return;
      cursor = keyValues(last, params.sort);
    }
  })();
}
