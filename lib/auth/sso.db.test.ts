import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDemoUser } from "@/lib/seed/users";
import { signInWithSso } from "./sso";

// The single sign-on decision carried out on a real database: who is admitted, linked,
// created or refused, what changes, and what the audit log says.

const ISSUER = "https://login.example.edu/realms/main";
const config = { issuer: ISSUER, studentDomains: ["students.example.edu"] };

const unique = () => crypto.randomUUID().slice(0, 8);
const idToken = (overrides: Record<string, unknown> = {}) => ({
  iss: ISSUER,
  sub: `sub-${crypto.randomUUID()}`,
  aud: "meridian",
  email_verified: true,
  ...overrides,
});

async function auditOf(entityId: string) {
  return db().auditEvent.findMany({
    where: { entityId },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, entityType: true, changes: true },
  });
}

describe("signInWithSso", () => {
  it("admits the user holding the identity, with their session version, and audits the sign-in", async () => {
    const user = await createDemoUser(db(), { email: `sso-known-${unique()}@example.edu`, role: "STAFF" });
    await db().user.update({ where: { id: user.id }, data: { sessionVersion: 4 } });
    const token = idToken({ email: "someone-else@example.edu" });
    await db().userIdentity.create({ data: { userId: user.id, issuer: ISSUER, subject: token.sub } });

    expect(await signInWithSso(token, config)).toEqual({ ok: true, userId: user.id, sessionVersion: 4 });
    const saved = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { lastSignInAt: true } });
    expect(saved.lastSignInAt).not.toBeNull();
    expect(await auditOf(user.id)).toEqual([{ action: "SIGN_IN", actorId: user.id, entityType: "User", changes: { method: "sso" } }]);
  });

  it("links a verified email once when the admin allowed it, then matches on the identity only", async () => {
    const email = `sso-link-${unique()}@example.edu`;
    const user = await createDemoUser(db(), { email, role: "STAFF" });
    await db().user.update({ where: { id: user.id }, data: { ssoLinkAllowed: true } });
    const token = idToken({ email: email.toUpperCase() });

    expect(await signInWithSso(token, config)).toEqual({ ok: true, userId: user.id, sessionVersion: 0 });
    const saved = await db().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { ssoLinkAllowed: true, version: true, identities: { select: { id: true, issuer: true, subject: true, email: true } } },
    });
    expect(saved).toMatchObject({ ssoLinkAllowed: false, version: 2, identities: [{ issuer: ISSUER, subject: token.sub, email }] });
    const identityId = saved.identities[0]?.id as string;
    expect(await auditOf(user.id)).toEqual([
      { action: "UPDATE", actorId: user.id, entityType: "User", changes: { ssoLinkAllowed: [true, false] } },
      { action: "SIGN_IN", actorId: user.id, entityType: "User", changes: { method: "sso" } },
    ]);
    expect(await auditOf(identityId)).toEqual([
      {
        action: "CREATE",
        actorId: user.id,
        entityType: "UserIdentity",
        changes: { userId: [null, user.id], issuer: [null, ISSUER], subject: [null, token.sub], email: [null, email] },
      },
    ]);

    // The allowance is spent: another identity with the same verified email is refused...
    const other = idToken({ email });
    expect(await signInWithSso(other, config)).toEqual({ ok: false, reason: "link-not-allowed" });
    // ...while the linked one keeps working, whatever email it carries later.
    expect(await signInWithSso({ ...token, email: "changed@example.edu", email_verified: false }, config)).toMatchObject({ ok: true, userId: user.id });
  });

  it("links nothing twice when two first sign-ins race for one allowance", async () => {
    const email = `sso-race-${unique()}@example.edu`;
    const user = await createDemoUser(db(), { email, role: "STAFF" });
    await db().user.update({ where: { id: user.id }, data: { ssoLinkAllowed: true } });
    const results = await Promise.all([signInWithSso(idToken({ email }), config), signInWithSso(idToken({ email }), config)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().userIdentity.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a verified email match the admin did not allow, and changes nothing", async () => {
    const email = `sso-nolink-${unique()}@example.edu`;
    const user = await createDemoUser(db(), { email, role: "STUDENT" });
    const token = idToken({ email });

    expect(await signInWithSso(token, config)).toEqual({ ok: false, reason: "link-not-allowed" });
    expect(await db().userIdentity.count({ where: { userId: user.id } })).toBe(0);
    expect(await auditOf(user.id)).toEqual([
      {
        action: "SIGN_IN_FAILED",
        actorId: null,
        entityType: "User",
        changes: { method: "sso", reason: "link-not-allowed", issuer: ISSUER, subject: token.sub, email },
      },
    ]);
  });

  it("refuses an unverified email even when linking is allowed, and keeps the allowance", async () => {
    const email = `sso-unverified-${unique()}@example.edu`;
    const user = await createDemoUser(db(), { email, role: "STAFF" });
    await db().user.update({ where: { id: user.id }, data: { ssoLinkAllowed: true } });

    expect(await signInWithSso(idToken({ email, email_verified: false }), config)).toEqual({ ok: false, reason: "email-unverified" });
    const saved = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { ssoLinkAllowed: true, identities: true } });
    expect(saved).toEqual({ ssoLinkAllowed: true, identities: [] });
  });

  it("refuses a disabled user, by identity or by email", async () => {
    const email = `sso-disabled-${unique()}@example.edu`;
    const user = await createDemoUser(db(), { email, role: "STAFF" });
    await db().user.update({ where: { id: user.id }, data: { disabledAt: new Date(), ssoLinkAllowed: true } });
    const linked = idToken();
    await db().userIdentity.create({ data: { userId: user.id, issuer: ISSUER, subject: linked.sub } });

    expect(await signInWithSso(linked, config)).toEqual({ ok: false, reason: "disabled" });
    expect(await signInWithSso(idToken({ email }), config)).toEqual({ ok: false, reason: "disabled" });
    expect(await db().userIdentity.count({ where: { userId: user.id } })).toBe(1);
    const failures = await db().auditEvent.count({ where: { entityId: user.id, action: "SIGN_IN_FAILED" } });
    expect(failures).toBe(2);
  });

  it("creates a student with the identity for a verified email of a student domain", async () => {
    const email = `wu.lei.${unique()}@students.example.edu`;
    const token = idToken({ email, name: "Wu Lei" });

    const result = await signInWithSso(token, config);
    expect(result).toMatchObject({ ok: true, sessionVersion: 0 });
    const userId = (result as { userId: string }).userId;
    const created = await db().user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, name: true, role: true, passwordHash: true, identities: { select: { issuer: true, subject: true } } },
    });
    expect(created).toEqual({ email, name: "Wu Lei", role: "STUDENT", passwordHash: null, identities: [{ issuer: ISSUER, subject: token.sub }] });
    expect((await auditOf(userId)).map((e) => e.action)).toEqual(["CREATE", "SIGN_IN"]);
    expect((await auditOf(userId))[0]?.changes).toEqual({ email: [null, email], name: [null, "Wu Lei"], role: [null, "STUDENT"] });

    // The next sign-in finds the same student by identity.
    expect(await signInWithSso(token, config)).toEqual({ ok: true, userId, sessionVersion: 0 });
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("refuses and creates nothing for anyone else", async () => {
    const email = `stranger-${unique()}@example.org`;
    expect(await signInWithSso(idToken({ email }), config)).toEqual({ ok: false, reason: "not-registered" });
    expect(await db().user.count({ where: { email } })).toBe(0);
    const audit = await db().auditEvent.findFirst({
      where: { action: "SIGN_IN_FAILED", changes: { path: ["email"], equals: email } },
      select: { changes: true },
    });
    expect(audit?.changes).toMatchObject({ method: "sso", reason: "not-registered" });
  });

  it("refuses claims without a subject, and a token of another issuer", async () => {
    expect(await signInWithSso({ iss: ISSUER, email: "x@example.edu" }, config)).toEqual({ ok: false, reason: "invalid-claims" });
    expect(await signInWithSso(idToken({ iss: "https://other.example.com" }), config)).toEqual({ ok: false, reason: "wrong-issuer" });
  });
});
