import { describe, expect, it } from "vitest";
import { createAgreement } from "@/lib/seed/agreements";
import { createDemoUser } from "@/lib/seed/users";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./current-user";
import { getDashboardSummary } from "./dashboard";

async function actorWith(role: Role): Promise<Actor> {
  const user = await createDemoUser(db(), { email: `dash-${role.toLowerCase()}-${crypto.randomUUID()}@example.edu`, role });
  return { ...user, locale: null };
}

const DAY = 24 * 60 * 60 * 1000;

describe("getDashboardSummary", () => {
  it("refuses anonymous callers and students", async () => {
    await expect(getDashboardSummary(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getDashboardSummary(await actorWith("STUDENT"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("counts active agreements expiring within 30 and 90 days, live ones not ending by a termination only", async () => {
    // A day far ahead, so only this test's agreements fall into its windows.
    const now = new Date(Date.UTC(2090, 0, 1));
    const on = (days: number) => new Date(now.getTime() + days * DAY);
    await createAgreement(db(), { status: "ACTIVE", effectiveOn: on(-400), expiresOn: on(20) });
    await createAgreement(db(), { status: "ACTIVE", effectiveOn: on(-400), expiresOn: on(60) });
    await createAgreement(db(), { status: "ACTIVE", effectiveOn: on(-400), expiresOn: on(200) });
    await createAgreement(db(), { status: "DRAFT", effectiveOn: on(-400), expiresOn: on(10) });
    await createAgreement(db(), { status: "ACTIVE", effectiveOn: on(-400), expiresOn: on(5), deletedAt: on(-1) });
    // Ending early by a termination: it will not be renewed, so it is not "expiring".
    await createAgreement(db(), { status: "ACTIVE", effectiveOn: on(-400), expiresOn: on(25), terminatesOn: on(10) });

    for (const role of ["STAFF", "ADMIN"] as const) {
      const summary = await getDashboardSummary(await actorWith(role), now);
      expect(summary.expiringIn30Days).toBe(1);
      expect(summary.expiringIn90Days).toBe(2);
      expect(summary.activeAgreements).toBeGreaterThanOrEqual(3);
    }
  });
});
