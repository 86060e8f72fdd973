import "server-only";
import type { AgreementListParams } from "@/lib/agreements/list-params";
import { db } from "@/lib/db";
import type { PartnerListParams } from "@/lib/partners/list-params";
import { assertRole, OFFICE_ROLES } from "./access";
import { countAgreements } from "./agreements";
import type { Actor } from "./current-user";

export type DashboardSummary = {
  activePartners: number;
  countries: number;
  activeAgreements: number;
  expiringIn90Days: number;
  expiringIn30Days: number;
  exchangesUnderWay: number;
};

/**
 * The list views behind the dashboard's figures: each figure is counted with its list's own
 * filters, so it is the number that list shows, and the dashboard links to it.
 */
export const AGREEMENT_FIGURE_VIEWS = {
  activeAgreements: { status: "ACTIVE" },
  // Soonest first, as the list's "Expiring soon" view shows them.
  expiringIn90Days: { expiring: "90", sort: "expires" },
  expiringIn30Days: { expiring: "30", sort: "expires" },
} as const satisfies Partial<Record<keyof DashboardSummary, Partial<AgreementListParams>>>;
export const PARTNER_FIGURE_VIEWS = {
  activePartners: { status: "ACTIVE" },
} as const satisfies Partial<Record<keyof DashboardSummary, Partial<PartnerListParams>>>;

/** The counts that matter today, for the office's dashboard. */
export async function getDashboardSummary(actor: Actor | null, now = new Date()): Promise<DashboardSummary> {
  assertRole(actor, OFFICE_ROLES);
  const [activePartners, countries, activeAgreements, expiringIn90Days, expiringIn30Days, exchangesUnderWay] =
    await Promise.all([
      db().partner.count({ where: { deletedAt: null, ...PARTNER_FIGURE_VIEWS.activePartners } }),
      db().partner.groupBy({ by: ["country"], where: { deletedAt: null } }).then((rows) => rows.length),
      countAgreements(actor, AGREEMENT_FIGURE_VIEWS.activeAgreements, now),
      countAgreements(actor, AGREEMENT_FIGURE_VIEWS.expiringIn90Days, now),
      countAgreements(actor, AGREEMENT_FIGURE_VIEWS.expiringIn30Days, now),
      db().exchange.count({ where: { deletedAt: null, status: "UNDER_WAY" } }),
    ]);
  return { activePartners, countries, activeAgreements, expiringIn90Days, expiringIn30Days, exchangesUnderWay };
}
