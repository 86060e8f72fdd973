import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createDemoUser } from "@/lib/seed/users";
import {
  createUser,
  endUserSessions,
  getUserDetail,
  listUsers,
  resetUserPassword,
  resetUserTwoFactor,
  setUserDisabled,
  updateUser,
} from "./admin-users";
import type { Actor } from "./current-user";
import { acceptInvitation, getInvitation } from "./invitations";

// The shared test database holds other files' users (admins among them), so the last-admin
// rule is tested on a database of its own: last-admin.db.test.ts.

const tag = () => crypto.randomUUID().slice(0, 8);
const email = (prefix: string) => `${prefix}-${crypto.randomUUID()}@example.edu`;

async function userWith(role: Role, name?: string): Promise<Actor> {
  return { ...(await createDemoUser(db(), { email: email(role.toLowerCase()), role, name })), locale: null };
}

async function state(id: string) {
  return db().user.findUniqueOrThrow({
    where: { id },
    select: { role: true, sessionVersion: true, disabledAt: true, totpEnabledAt: true, version: true, name: true, ssoLinkAllowed: true },
  });
}

async function auditOf(id: string) {
  return db().auditEvent.findMany({ where: { entityType: "User", entityId: id }, orderBy: { id: "asc" } });
}

let admin: Actor;
beforeAll(async () => {
  admin = await userWith("ADMIN");
});

describe("who may administer users", () => {
  it("refuses anonymous callers, students and staff, for every function", async () => {
    const target = await userWith("STUDENT");
    const calls: ((actor: Actor | null) => Promise<unknown>)[] = [
      (a) => listUsers(a, {}),
      (a) => getUserDetail(a, target.id),
      (a) => createUser(a, { name: "X", email: email("x"), role: "STAFF", ssoLinkAllowed: false, method: "password" }),
      (a) => updateUser(a, target.id, { name: "X", role: "ADMIN", ssoLinkAllowed: false, version: 1 }),
      (a) => setUserDisabled(a, target.id, true),
      (a) => endUserSessions(a, target.id),
      (a) => resetUserTwoFactor(a, target.id),
      (a) => resetUserPassword(a, target.id, "password"),
    ];
    const staff = await userWith("STAFF");
    const student = await userWith("STUDENT");
    for (const call of calls) {
      await expect(call(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      await expect(call(student)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(call(staff)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await state(target.id)).toMatchObject({ role: "STUDENT", sessionVersion: 0, disabledAt: null, version: 1 });
    expect(await auditOf(target.id)).toEqual([]);
  });

  it("refuses an admin demoted since their request began (role re-read inside the transaction)", async () => {
    const former = await userWith("ADMIN");
    await db().user.update({ where: { id: former.id }, data: { role: "STAFF" } });
    const target = await userWith("STUDENT");
    await expect(updateUser(former, target.id, { name: target.name, role: "ADMIN", ssoLinkAllowed: false, version: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await state(target.id)).role).toBe("STUDENT");
  });
});

describe("listUsers", () => {
  it("searches name and email in any case, filters by role, status and two-factor", async () => {
    const t = tag();
    const ann = await userWith("STAFF", `Ann ${t}`);
    const bob = await userWith("STUDENT", `Bob ${t}`);
    const cat = await userWith("ADMIN", `Cat ${t}`);
    await db().user.update({ where: { id: bob.id }, data: { disabledAt: new Date() } });
    await db().user.update({ where: { id: cat.id }, data: { totpEnabledAt: new Date(), totpSecret: "SECRET" } });

    const names = async (filters: Parameters<typeof listUsers>[1]) => (await listUsers(admin, filters)).rows.map((r) => r.name);
    expect(await names({ q: t.toUpperCase() })).toEqual([`Ann ${t}`, `Bob ${t}`, `Cat ${t}`]);
    expect(await names({ q: ann.email.toUpperCase() })).toEqual([`Ann ${t}`]);
    expect(await names({ q: t, role: "STUDENT" })).toEqual([`Bob ${t}`]);
    expect(await names({ q: t, status: "disabled" })).toEqual([`Bob ${t}`]);
    expect(await names({ q: t, status: "active" })).toEqual([`Ann ${t}`, `Cat ${t}`]);
    expect(await names({ q: t, twoFactor: "on" })).toEqual([`Cat ${t}`]);
    expect(await names({ q: t, twoFactor: "off", role: "STAFF" })).toEqual([`Ann ${t}`]);

    const page = await listUsers(admin, { q: t });
    expect(page.total).toBe(3);
    expect(page.rows[1]).toMatchObject({ isDisabled: true, hasTwoFactor: false, signIn: "none", role: "STUDENT" });
    expect(page.rows[2]).toMatchObject({ isDisabled: false, hasTwoFactor: true });
    expect(JSON.stringify(page)).not.toMatch(/SECRET|passwordHash|totpSecret/);
  });

  it("treats % and _ in the search as plain characters", async () => {
    const t = tag();
    await userWith("STAFF", `Percent ${t}`);
    expect((await listUsers(admin, { q: `${t}%` })).rows).toEqual([]);
    expect((await listUsers(admin, { q: `Percent_${t}` })).rows).toEqual([]);
    expect((await listUsers(admin, { q: `Percent ${t}` })).rows).toHaveLength(1);
    expect((await listUsers(admin, { q: "%" })).rows.every((row) => row.name.includes("%") || row.email.includes("%"))).toBe(true);
  });

  it("pages by keyset: first page, middle, exact last page, back again, and empty", async () => {
    const t = tag();
    for (const letter of ["A", "B", "C", "D", "E", "F"]) await userWith("STAFF", `${t} ${letter}`);
    const names = (page: { rows: { name: string }[] }) => page.rows.map((r) => r.name.slice(-1)).join("");

    const first = await listUsers(admin, { q: t }, {}, 2);
    expect([names(first), first.total, first.previousCursor]).toEqual(["AB", 6, null]);
    const second = await listUsers(admin, { q: t }, { after: first.nextCursor ?? "" }, 2);
    expect(names(second)).toBe("CD");
    expect(second.previousCursor).not.toBeNull();
    const last = await listUsers(admin, { q: t }, { after: second.nextCursor ?? "" }, 2);
    // Exactly a page's worth left: no "next" link to an empty page.
    expect([names(last), last.nextCursor]).toEqual(["EF", null]);
    const back = await listUsers(admin, { q: t }, { before: last.previousCursor ?? "" }, 2);
    expect(names(back)).toBe("CD");
    expect(back.nextCursor).not.toBeNull();
    const start = await listUsers(admin, { q: t }, { before: back.previousCursor ?? "" }, 2);
    expect([names(start), start.previousCursor]).toEqual(["AB", null]);

    const exact = await listUsers(admin, { q: t }, {}, 6);
    expect([exact.rows.length, exact.nextCursor, exact.previousCursor]).toEqual([6, null, null]);

    const empty = await listUsers(admin, { q: `nobody-${t}` }, {}, 2);
    expect(empty).toEqual({ rows: [], total: 0, nextCursor: null, previousCursor: null });
    // A cursor that names no user is ignored rather than an error.
    expect(names(await listUsers(admin, { q: t }, { after: "not-a-uuid" }, 2))).toBe("AB");
  });
});

describe("createUser", () => {
  it("with a one-time password the user can sign in with; audited without the password", async () => {
    const address = email("new");
    const { id, credential } = await createUser(admin, { name: " New Person ", email: address.toUpperCase(), role: "STAFF", ssoLinkAllowed: true, method: "password" });
    expect(credential.method).toBe("password");
    const password = credential.method === "password" ? credential.password : "";
    expect(password).toHaveLength(20);
    expect(await authenticate(address, password)).toEqual({ id, sessionVersion: 0, twoFactor: false });

    const detail = await getUserDetail(admin, id);
    expect(detail).toMatchObject({ name: "New Person", email: address, role: "STAFF", ssoLinkAllowed: true, signIn: "password", createdBy: { id: admin.id } });
    const [audit, ...rest] = await auditOf(id);
    expect(rest).toEqual([]);
    expect(audit).toMatchObject({
      actorId: admin.id,
      action: "CREATE",
      changes: { email: [null, address], name: [null, "New Person"], role: [null, "STAFF"], ssoLinkAllowed: [null, true], password: [null, "ONE_TIME_PASSWORD"] },
    });
    expect(JSON.stringify(audit?.changes)).not.toContain(password);
  });

  it("refuses an email already in use, whatever its case", async () => {
    const existing = await userWith("STAFF");
    await expect(
      createUser(admin, { name: "Dup", email: existing.email.toUpperCase(), role: "STAFF", ssoLinkAllowed: false, method: "password" }),
    ).rejects.toMatchObject({ code: "CONFLICT", field: { name: "email", messageKey: "emailTaken" } });
  });
});

describe("invitations", () => {
  async function invite() {
    const address = email("invitee");
    const { id, credential } = await createUser(admin, { name: "Invitee", email: address, role: "STUDENT", ssoLinkAllowed: false, method: "invitation" });
    if (credential.method !== "invitation") throw new Error("expected an invitation");
    return { id, address, ...credential };
  }

  it("stores only a hash of the token, expires in 72 hours, and lets the invitee set a password once", async () => {
    const { id, address, token, expiresAt } = await invite();
    const rows = await db().userInvitation.findMany({ where: { userId: id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(71.9 * 3600_000);
    expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(72 * 3600_000);
    expect(await authenticate(address, "anything at all")).toBeNull();
    expect((await getUserDetail(admin, id)).signIn).toBe("invited");

    expect(await getInvitation(token)).toMatchObject({ status: "valid", email: address, name: "Invitee" });
    await expect(acceptInvitation(token, "short")).rejects.toMatchObject({ code: "INVALID", field: { name: "password", messageKey: "passwordTooShort" } });
    await acceptInvitation(token, "a long enough password");
    expect(await authenticate(address, "a long enough password")).toMatchObject({ id, sessionVersion: 1 });

    expect(await getInvitation(token)).toEqual({ status: "used" });
    await expect(acceptInvitation(token, "another long password")).rejects.toMatchObject({ code: "INVALID", field: { messageKey: "used" } });
    expect(await authenticate(address, "another long password")).toBeNull();
    const audit = await auditOf(id);
    expect(audit.at(-1)).toMatchObject({ actorId: id, action: "UPDATE", changes: { password: [null, "SET_FROM_INVITATION"] } });
  });

  it("says an expired link has expired and refuses it", async () => {
    const { address, token } = await invite();
    const later = new Date(Date.now() + 72 * 3600_000 + 1000);
    expect(await getInvitation(token, later)).toEqual({ status: "expired" });
    await expect(acceptInvitation(token, "a long enough password", later)).rejects.toMatchObject({ field: { messageKey: "expired" } });
    expect(await authenticate(address, "a long enough password")).toBeNull();
  });

  it("accepts a link once even when it is submitted twice at the same moment", async () => {
    const { address, token } = await invite();
    const results = await Promise.allSettled([acceptInvitation(token, "first long password"), acceptInvitation(token, "second long password")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const winner = results[0]?.status === "fulfilled" ? "first long password" : "second long password";
    expect(await authenticate(address, winner)).not.toBeNull();
  });

  it("knows nothing of made-up tokens or of links to disabled accounts", async () => {
    expect(await getInvitation("x".repeat(43))).toEqual({ status: "unknown" });
    expect(await getInvitation("../etc")).toEqual({ status: "unknown" });
    const { id, token } = await invite();
    await setUserDisabled(admin, id, true);
    expect(await getInvitation(token)).toEqual({ status: "unknown" });
    await expect(acceptInvitation(token, "a long enough password")).rejects.toMatchObject({ code: "INVALID" });
  });

  it("a new link replaces the old one", async () => {
    const { id, token } = await invite();
    const renewed = await resetUserPassword(admin, id, "invitation");
    expect(renewed.method).toBe("invitation");
    expect(await getInvitation(token)).toEqual({ status: "unknown" });
    if (renewed.method === "invitation") expect((await getInvitation(renewed.token)).status).toBe("valid");
  });
});

describe("changes that end sessions", () => {
  it("a role change bumps sessionVersion and is audited with before and after", async () => {
    const user = await userWith("STUDENT");
    await updateUser(admin, user.id, { name: user.name, role: "STAFF", ssoLinkAllowed: false, version: 1 });
    expect(await state(user.id)).toMatchObject({ role: "STAFF", sessionVersion: 1, version: 2 });
    expect(await auditOf(user.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, action: "UPDATE", changes: { role: ["STUDENT", "STAFF"], sessionVersion: [0, 1] } }),
    ]);
  });

  it("a name or single sign-on change keeps sessions; an unchanged form writes nothing", async () => {
    const user = await userWith("STAFF");
    await updateUser(admin, user.id, { name: "Renamed Person", role: "STAFF", ssoLinkAllowed: true, version: 1 });
    expect(await state(user.id)).toMatchObject({ name: "Renamed Person", ssoLinkAllowed: true, sessionVersion: 0, version: 2 });
    await updateUser(admin, user.id, { name: "Renamed Person", role: "STAFF", ssoLinkAllowed: true, version: 2 });
    expect(await auditOf(user.id)).toEqual([
      expect.objectContaining({ changes: { name: [user.name, "Renamed Person"], ssoLinkAllowed: [false, true] } }),
    ]);
  });

  it("refuses a form loaded before someone else's change, saying who saved what; a second save with the new version goes through", async () => {
    const user = await userWith("STAFF");
    await updateUser(admin, user.id, { name: "First Edit", role: "STAFF", ssoLinkAllowed: false, version: 1 });
    await expect(updateUser(admin, user.id, { name: "Second Edit", role: "STAFF", ssoLinkAllowed: false, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      conflict: { version: 2, savedBy: admin.name, savedAt: expect.any(String), saved: { name: "First Edit" } },
    });
    expect(await state(user.id)).toMatchObject({ name: "First Edit", role: "STAFF" });
    await updateUser(admin, user.id, { name: "Second Edit", role: "STAFF", ssoLinkAllowed: false, version: 2 });
    expect(await state(user.id)).toMatchObject({ name: "Second Edit", version: 3 });
  });

  it("disabling ends sessions and blocks sign-in; enabling lets the user back in", async () => {
    const user = await createDemoUser(db(), { email: email("disable"), role: "STAFF", password: "the user's password" });
    await setUserDisabled(admin, user.id, true);
    const disabled = await state(user.id);
    expect(disabled).toMatchObject({ sessionVersion: 1 });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(await authenticate(user.email, "the user's password")).toBeNull();
    await setUserDisabled(admin, user.id, true); // already disabled: nothing happens

    await setUserDisabled(admin, user.id, false);
    expect(await state(user.id)).toMatchObject({ disabledAt: null, sessionVersion: 1 });
    expect(await authenticate(user.email, "the user's password")).toMatchObject({ sessionVersion: 1 });
    expect((await auditOf(user.id)).map((event) => event.changes)).toEqual([
      { disabledAt: [null, disabled.disabledAt?.toISOString()], sessionVersion: [0, 1] },
      { disabledAt: [disabled.disabledAt?.toISOString(), null] },
    ]);
  });

  it("ending sessions bumps sessionVersion and is audited", async () => {
    const user = await userWith("STUDENT");
    await endUserSessions(admin, user.id);
    await endUserSessions(admin, user.id);
    expect((await state(user.id)).sessionVersion).toBe(2);
    expect((await auditOf(user.id)).map((event) => event.changes)).toEqual([{ sessionVersion: [0, 1] }, { sessionVersion: [1, 2] }]);
  });

  it("a password reset replaces the password, ends sessions and never records the password", async () => {
    const user = await createDemoUser(db(), { email: email("reset"), role: "STAFF", password: "the old password" });
    const credential = await resetUserPassword(admin, user.id, "password");
    const password = credential.method === "password" ? credential.password : "";
    expect(await authenticate(user.email, "the old password")).toBeNull();
    expect(await authenticate(user.email, password)).toEqual({ id: user.id, sessionVersion: 1, twoFactor: false });
    const audit = await auditOf(user.id);
    expect(audit.map((event) => event.changes)).toEqual([{ password: [null, "ONE_TIME_PASSWORD"], sessionVersion: [0, 1] }]);
    expect(JSON.stringify(audit.map((event) => event.changes))).not.toContain(password);
  });

  it("a reset by invitation link removes the old password at once", async () => {
    const user = await createDemoUser(db(), { email: email("reset-link"), role: "STAFF", password: "the old password" });
    const credential = await resetUserPassword(admin, user.id, "invitation");
    expect(await authenticate(user.email, "the old password")).toBeNull();
    if (credential.method !== "invitation") throw new Error("expected a link");
    await acceptInvitation(credential.token, "the brand new password");
    expect(await authenticate(user.email, "the brand new password")).toEqual({ id: user.id, sessionVersion: 2, twoFactor: false });
  });

  it("resetting two-factor clears the secret, its date and the recovery codes, audited without the secret", async () => {
    const user = await userWith("STAFF");
    const enabledAt = new Date("2026-11-01T10:00:00.000Z");
    await db().user.update({ where: { id: user.id }, data: { totpSecret: "JBSWY3DPEHPK3PXP", totpEnabledAt: enabledAt } });
    await db().userRecoveryCode.createMany({ data: [1, 2, 3].map((n) => ({ userId: user.id, codeHash: `hash-${n}` })) });
    expect(await getUserDetail(admin, user.id)).toMatchObject({ hasTwoFactor: true, unusedRecoveryCodes: 3 });

    await resetUserTwoFactor(admin, user.id);
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
    expect(after).toEqual({ totpSecret: null, totpEnabledAt: null });
    expect(await db().userRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
    const audit = await auditOf(user.id);
    expect(audit.map((event) => event.changes)).toEqual([{ totpEnabledAt: [enabledAt.toISOString(), null], recoveryCodes: [3, 0] }]);
    expect(JSON.stringify(audit.map((event) => event.changes))).not.toContain("JBSWY3DPEHPK3PXP");
  });

  it("answers NOT_FOUND for unknown users", async () => {
    await expect(getUserDetail(admin, crypto.randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getUserDetail(admin, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(endUserSessions(admin, crypto.randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setUserDisabled(admin, "nope", true)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
