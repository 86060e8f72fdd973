import { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

// Status follows dates, computed at read: the stored status is the workflow's (draft …
// active, terminated, superseded); an ACTIVE agreement whose expiry date has passed is
// shown, filtered and counted as EXPIRED by the one SQL expression below, used by the
// list, its filters and the detail page. Chosen over a nightly job because it is right the
// moment the date passes (no window where the list lies, nothing to schedule or monitor
// on several app instances), costs one CASE per row, and the (status, expiresOn) index
// still serves every status filter. Superseding is an event, not a date: it is written
// when the successor is approved (see approveAgreement).

/** Today's date for the status, as the database's date type reads it (UTC). */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The status an agreement shows on `today`: `a` is the Agreement's alias in the query. */
export function shownStatusSql(today: string): Prisma.Sql {
  return Prisma.sql`(CASE WHEN a.status = 'ACTIVE' AND a."expiresOn" < ${today}::date THEN 'EXPIRED'::"AgreementStatus" ELSE a.status END)`;
}

// The stored statuses that can show as each status: an index-friendly first cut.
const STORED: Record<AgreementStatus, AgreementStatus[]> = {
  DRAFT: ["DRAFT"],
  IN_NEGOTIATION: ["IN_NEGOTIATION"],
  AWAITING_SIGNATURE: ["AWAITING_SIGNATURE"],
  ACTIVE: ["ACTIVE"],
  EXPIRED: ["ACTIVE", "EXPIRED"],
  TERMINATED: ["TERMINATED"],
  SUPERSEDED: ["SUPERSEDED"],
};

/** Agreements showing `status` on `today`. */
export function shownStatusIs(status: AgreementStatus, today: string): Prisma.Sql {
  const stored = Prisma.join(STORED[status].map((s) => Prisma.sql`${s}::"AgreementStatus"`), ", ");
  return Prisma.sql`a.status IN (${stored}) AND ${shownStatusSql(today)} = ${status}::"AgreementStatus"`;
}

/** The status agreement `id` shows on `today`, read with the expression above; null if there is no such agreement. */
export async function readShownStatus(tx: Prisma.TransactionClient, id: string, today: string): Promise<AgreementStatus | null> {
  const [row] = await tx.$queryRaw<{ status: AgreementStatus }[]>`SELECT ${shownStatusSql(today)} AS status FROM "Agreement" a WHERE a.id = ${id}::uuid`;
  return row?.status ?? null;
}
