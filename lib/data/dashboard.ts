import "server-only";
import { inForceWhere, todayOf } from "@/lib/agreements/status";
import { db } from "@/lib/db";
import { assertRole, OFFICE_ROLES } from "./access";
import type { Actor } from "./current-user";
import { addDays } from "@/lib/dates";

export type DashboardSummary = {
  activePartners: number;
  countries: number;
  activeAgreements: number;
  expiringIn90Days: number;
  expiringIn30Days: number;
  exchangesUnderWay: number;
};

/** The counts that matter today, for the office's dashboard. */
export async function getDashboardSummary(actor: Actor | null, now = new Date()): Promise<DashboardSummary> {
  assertRole(actor, OFFICE_ROLES);
  const liveActive = { deletedAt: null, status: "ACTIVE" } as const;
  const today = new Date(todayOf(now));
  // Running out within the window, as the agreements list's "expiring" filter counts it: in
  // force, and not ending early by a termination (that one will not be renewed).
  const expiringBy = (days: number) => ({ ...liveActive, terminatesOn: null, expiresOn: { gte: today, lte: addDays(today, days) } });
  const [activePartners, countries, activeAgreements, expiringIn90Days, expiringIn30Days, exchangesUnderWay] =
    await Promise.all([
      db().partner.count({ where: liveActive }),
      db().partner.groupBy({ by: ["country"], where: { deletedAt: null } }).then((rows) => rows.length),
      db().agreement.count({ where: { deletedAt: null, ...inForceWhere(today) } }),
      db().agreement.count({ where: expiringBy(90) }),
      db().agreement.count({ where: expiringBy(30) }),
      db().exchange.count({ where: { deletedAt: null, status: "UNDER_WAY" } }),
    ]);
  return { activePartners, countries, activeAgreements, expiringIn90Days, expiringIn30Days, exchangesUnderWay };
}
