import { isoDate } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

// Status follows dates, computed at read: the stored status is the workflow's (draft …
// active, terminated, superseded); an ACTIVE agreement whose termination date has come is
// shown, filtered and counted as TERMINATED, one whose renewal has taken over as SUPERSEDED,
// and one whose expiry date has passed as EXPIRED, in that order, by the SQL below, used by
// the lists, their filters, the counts and the detail page. Chosen over a nightly job because
// it is right the moment the date passes (no window where the list lies, nothing to schedule
// or monitor on several app instances), costs one CASE per row, and the (status, expiresOn),
// terminatesOn and supersededOn indexes still serve every status filter. The dates are
// written by the workflow: terminatesOn by terminateAgreement, supersededOn by
// approveAgreement when the renewal takes effect later than the day it is approved.

/** The statuses of an agreement that was signed: each has a signed date, none is still being negotiated. */
export const SIGNED_STATUSES: ReadonlySet<AgreementStatus> = new Set(["ACTIVE", "EXPIRED", "TERMINATED", "SUPERSEDED"]);

/** Today's date for the status, as the database's date type reads it (UTC). */
export function todayOf(now: Date): string {
  return isoDate(now);
}

/** The status an agreement shows on `today`: `a` is the Agreement's alias in the query. */
export function shownStatusSql(today: string): Prisma.Sql {
  return Prisma.sql`(CASE WHEN a.status = 'ACTIVE' AND a."terminatesOn" <= ${today}::date THEN 'TERMINATED'::"AgreementStatus"
    WHEN a.status = 'ACTIVE' AND a."supersededOn" <= ${today}::date THEN 'SUPERSEDED'::"AgreementStatus"
    WHEN a.status = 'ACTIVE' AND a."expiresOn" < ${today}::date THEN 'EXPIRED'::"AgreementStatus" ELSE a.status END)`;
}

/** In force on `day` (an SQL date): stored ACTIVE, not past its expiry, no termination or renewal in effect. */
function inForceOn(day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(a.status = 'ACTIVE' AND (a."expiresOn" IS NULL OR a."expiresOn" >= ${day}) AND ${notEndedOn(day)})`;
}

/** No termination in effect on `day`: a termination comes first of the dated ends. */
function notTerminatedOn(day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(a."terminatesOn" IS NULL OR a."terminatesOn" > ${day})`;
}

/** Neither terminated nor superseded on `day`: the dated ends that come before an expiry. */
function notEndedOn(day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${notTerminatedOn(day)} AND (a."supersededOn" IS NULL OR a."supersededOn" > ${day})`;
}

/**
 * Today's UTC date in SQL, as todayOf() gives it in JavaScript: not `current_date`, which
 * follows the session's time zone, so that every count agrees with the lists about the day.
 */
export const UTC_TODAY_SQL = "(now() AT TIME ZONE 'UTC')::date";

/** Agreements (alias `a`) in force today, as SQL text for raw expressions. */
export const IN_FORCE_TODAY = inForceOn(Prisma.raw(UTC_TODAY_SQL)).text;

/**
 * Agreements showing `status` on `today`: the same answer as comparing shownStatusSql, in a
 * form each index can serve (a CASE hides the columns from the planner).
 */
export function shownStatusIs(status: AgreementStatus, today: string): Prisma.Sql {
  const day = Prisma.sql`${today}::date`;
  switch (status) {
    case "ACTIVE":
      return inForceOn(day);
    case "EXPIRED":
      return Prisma.sql`(a.status = 'EXPIRED' OR (a.status = 'ACTIVE' AND a."expiresOn" < ${day} AND ${notEndedOn(day)}))`;
    case "TERMINATED":
      return Prisma.sql`(a.status = 'TERMINATED' OR (a.status = 'ACTIVE' AND a."terminatesOn" <= ${day}))`;
    case "SUPERSEDED":
      return Prisma.sql`(a.status = 'SUPERSEDED' OR (a.status = 'ACTIVE' AND a."supersededOn" <= ${day} AND ${notTerminatedOn(day)}))`;
    default:
      return Prisma.sql`a.status = ${status}::"AgreementStatus"`;
  }
}

/** The status agreement `id` shows on `today`, read with the expression above; null if there is no such agreement. */
export async function readShownStatus(tx: Prisma.TransactionClient, id: string, today: string): Promise<AgreementStatus | null> {
  const [row] = await tx.$queryRaw<{ status: AgreementStatus }[]>`SELECT ${shownStatusSql(today)} AS status FROM "Agreement" a WHERE a.id = ${id}::uuid`;
  return row?.status ?? null;
}
