import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { sessionCookie, type SessionClaims } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createDemoUser } from "@/lib/seed/users";
import { assertRole, assertSignedIn } from "./access";
import { getAccountSecurity } from "./account";
import { getSecuritySettings, isTwoFactorRequiredFor, REQUIRE_TWO_FACTOR_KEY, updateSecuritySettings } from "./settings";

// Every test that switches the global setting on lives in this file, so they run one after
// another and no other file sees it switched on.

// The request's cookies, as next/headers would give them to getCurrentUser().
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));
const { getCurrentUser } = await import("./current-user");

async function signedInAs(id: string, sv: number, via?: "sso") {
  const token: SessionClaims = via ? { sub: id, sv, via } : { sub: id, sv };
  jar.set(sessionCookie().name, await encode({ token, secret: env().NEXTAUTH_SECRET ?? "", maxAge: 3600 }));
}

async function actorWith(role: "ADMIN" | "STAFF" | "STUDENT", twoFactor = false) {
  const user = await createDemoUser(db(), { email: `settings-${crypto.randomUUID()}@example.edu`, role });
  if (twoFactor) await db().user.update({ where: { id: user.id }, data: { totpSecret: "x", totpEnabledAt: new Date() } });
  return { ...user, locale: null };
}

describe("the require-two-factor setting", () => {
  it("only an admin may read or change it", async () => {
    for (const role of ["STAFF", "STUDENT"] as const) {
      const actor = await actorWith(role, true);
      await expect(getSecuritySettings(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateSecuritySettings(actor, { requireTwoFactor: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(updateSecuritySettings(null, { requireTwoFactor: true })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("an admin without two-factor may not require it (it would lock them out)", async () => {
    const admin = await actorWith("ADMIN");
    await expect(updateSecuritySettings(admin, { requireTwoFactor: true })).rejects.toMatchObject({
      code: "INVALID",
      field: { name: "requireTwoFactor", messageKey: "account.settings.enrolFirst" },
    });
  });

  it("an enrolled admin turns it on and off, audited; it applies to admins and staff only", async () => {
    const admin = await actorWith("ADMIN", true);
    try {
      await updateSecuritySettings(admin, { requireTwoFactor: true });
      expect(await getSecuritySettings(admin)).toEqual({ requireTwoFactor: true });
      expect(await isTwoFactorRequiredFor("ADMIN")).toBe(true);
      expect(await isTwoFactorRequiredFor("STAFF")).toBe(true);
      expect(await isTwoFactorRequiredFor("STUDENT")).toBe(false);
      const staff = await actorWith("STAFF");
      expect((await getAccountSecurity(staff)).twoFactorRequired).toBe(true);
    } finally {
      await updateSecuritySettings(admin, { requireTwoFactor: false });
    }
    const events = await db().auditEvent.findMany({ where: { entityType: "Setting", entityId: REQUIRE_TWO_FACTOR_KEY, actorId: admin.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.changes)).toEqual([{ value: [false, true] }, { value: [true, false] }]);
  });
});

describe("a user who must still enrol", () => {
  it("is refused by every role-checked data function, but may use their account's", async () => {
    const staff = { ...(await actorWith("STAFF")), twoFactorPending: true as const };
    expect(() => assertRole(staff, ["STAFF"])).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(assertSignedIn(staff)).toBe(staff);
    await expect(getAccountSecurity(staff)).resolves.toMatchObject({ twoFactorEnabledAt: null });
  });
});

describe("getCurrentUser while two-factor is required", () => {
  it("marks staff without two-factor as pending while two-factor is required, and not students or staff who came by SSO", async () => {
    const admin = await createDemoUser(db(), { email: `admin-${crypto.randomUUID()}@example.edu`, role: "ADMIN" });
    await db().user.update({ where: { id: admin.id }, data: { totpSecret: "x", totpEnabledAt: new Date() } });
    const staff = await createDemoUser(db(), { email: `staff-${crypto.randomUUID()}@example.edu`, role: "STAFF" });
    const student = await createDemoUser(db(), { email: `student-${crypto.randomUUID()}@example.edu`, role: "STUDENT" });
    const adminActor = { ...admin, locale: null };
    await updateSecuritySettings(adminActor, { requireTwoFactor: true });
    try {
      await signedInAs(staff.id, 0);
      expect(await getCurrentUser()).toMatchObject({ id: staff.id, twoFactorPending: true });
      // Single sign-on: the identity provider did the second factor (ASVS 6.3.3).
      await signedInAs(staff.id, 0, "sso");
      expect(await getCurrentUser()).not.toHaveProperty("twoFactorPending");
      await signedInAs(student.id, 0);
      expect(await getCurrentUser()).not.toHaveProperty("twoFactorPending");
      await signedInAs(admin.id, 0);
      expect(await getCurrentUser()).not.toHaveProperty("twoFactorPending");
    } finally {
      await updateSecuritySettings(adminActor, { requireTwoFactor: false });
    }
    await signedInAs(staff.id, 0);
    expect(await getCurrentUser()).not.toHaveProperty("twoFactorPending");
  });
});
