import { describe, expect, it } from "vitest";
import { confirmTwoFactorEnrolment, getAccountSecurity, startTwoFactorEnrolment } from "@/lib/data/account";
import { db } from "@/lib/db";
import { createDemoUser } from "@/lib/seed/users";
import { pruneSignInAttempts } from "./sign-in-attempts";
import { signInWithPassword } from "./sign-in";
import { currentTotpCode } from "./totp";

const password = "correct horse battery";
const MINUTE = 60_000;

async function newUser(label: string) {
  const email = `${label}-${crypto.randomUUID()}@example.edu`;
  const user = await createDemoUser(db(), { email, role: "STAFF", password });
  return { ...user, locale: null, address: `test-${crypto.randomUUID()}` };
}

const attempt = (email: string, ip: string, pass: string, now = new Date(), code?: string) =>
  signInWithPassword({ email, password: pass, code }, ip, now);

async function auditReasons(email: string) {
  const rows = await db().auditEvent.findMany({ where: { action: "SIGN_IN_FAILED", changes: { path: ["email"], equals: email } }, orderBy: { id: "asc" } });
  return rows.map((row) => (row.changes as { reason: string }).reason);
}

describe("sign-in throttling", () => {
  it("locks an account from one address after 10 failures in a row, for 15 minutes, with audit rows", async () => {
    const user = await newUser("throttle");
    const now = new Date();
    for (let i = 0; i < 10; i++) expect(await attempt(user.email, user.address, "wrong password!", now)).toBeNull();
    await expect(attempt(user.email, user.address, password, now)).rejects.toThrow("Throttled:15");
    await expect(attempt(user.email, user.address, password, new Date(now.getTime() + 14 * MINUTE))).rejects.toThrow("Throttled:1");

    // Another address is not locked out, nor is this one a quarter of an hour later.
    expect(await attempt(user.email, `${user.address}-other`, password, now)).toMatchObject({ id: user.id });
    expect(await attempt(user.email, user.address, password, new Date(now.getTime() + 15 * MINUTE + 1))).toMatchObject({ id: user.id });

    const reasons = await auditReasons(user.email);
    expect(reasons.filter((r) => r === "credentials")).toHaveLength(10);
    expect(reasons.filter((r) => r === "throttled-account")).toHaveLength(2);
    const failed = await db().auditEvent.findFirstOrThrow({ where: { action: "SIGN_IN_FAILED", changes: { path: ["email"], equals: user.email } } });
    expect(failed.ip).toBe(user.address);
  });

  it("counts only the failures since the last success", async () => {
    const user = await newUser("reset");
    const now = new Date();
    for (let i = 0; i < 9; i++) await attempt(user.email, user.address, "wrong password!", now);
    expect(await attempt(user.email, user.address, password, now)).toMatchObject({ id: user.id });
    for (let i = 0; i < 9; i++) await attempt(user.email, user.address, "wrong password!", now);
    expect(await attempt(user.email, user.address, password, now)).toMatchObject({ id: user.id });
  });

  it("treats an unknown email like a real one, so a lock reveals nothing", async () => {
    const email = `nobody-${crypto.randomUUID()}@example.edu`;
    const address = `test-${crypto.randomUUID()}`;
    for (let i = 0; i < 10; i++) expect(await attempt(email, address, "whatever password")).toBeNull();
    await expect(attempt(email, address, "whatever password")).rejects.toThrow(/^Throttled:/);
  });

  it("locks an address after 100 failures in a day, whatever the accounts", async () => {
    const user = await newUser("address");
    const now = new Date();
    const rows = (hoursAgo: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({ email: `spray-${i}@example.edu`, ip: user.address, succeeded: false, at: new Date(now.getTime() - hoursAgo * 60 * MINUTE) }));
    await db().signInAttempt.createMany({ data: [...rows(23, 99), ...rows(25, 50)] });
    expect(await attempt(user.email, user.address, password, now)).toMatchObject({ id: user.id });
    await db().signInAttempt.createMany({ data: rows(1, 1) });
    await expect(attempt(user.email, user.address, password, now)).rejects.toThrow("Throttled:60");
    expect(await auditReasons(user.email.toLowerCase())).toContain("throttled-address");
  });

  it("prunes attempts older than two days", async () => {
    const ip = `test-${crypto.randomUUID()}`;
    const now = new Date();
    const at = (days: number) => new Date(now.getTime() - days * 24 * 60 * MINUTE);
    await db().signInAttempt.createMany({
      data: [
        { email: "old@example.edu", ip, succeeded: false, at: at(3) },
        { email: "recent@example.edu", ip, succeeded: false, at: at(1) },
      ],
    });
    expect(await pruneSignInAttempts(now)).toBeGreaterThanOrEqual(1);
    expect((await db().signInAttempt.findMany({ where: { ip } })).map((row) => row.email)).toEqual(["recent@example.edu"]);
  });
});

describe("sign-in with two-factor", () => {
  async function enrolled() {
    const user = await newUser("twofactor");
    await startTwoFactorEnrolment(user);
    const { enrolment } = await getAccountSecurity(user);
    const secret = enrolment?.secret ?? "";
    const { recoveryCodes } = await confirmTwoFactorEnrolment(user, await currentTotpCode(secret), user.address);
    return { user, secret, recoveryCodes };
  }
  // The enrolment used this period's code; sign-in takes the next one (a step ahead is allowed).
  const nextCode = (secret: string) => currentTotpCode(secret, Math.floor(Date.now() / 1000) + 30);

  it("asks for a code after the right password only, and accepts a code once", async () => {
    const { user, secret } = await enrolled();
    await expect(attempt(user.email, user.address, "wrong password!")).resolves.toBeNull();
    await expect(attempt(user.email, user.address, password)).rejects.toThrow("TwoFactorRequired");
    await expect(attempt(user.email, user.address, password, new Date(), "000000")).rejects.toThrow("TwoFactorInvalid");
    const code = await nextCode(secret);
    expect(await attempt(user.email, user.address, password, new Date(), code)).toMatchObject({ id: user.id });
    await expect(attempt(user.email, user.address, password, new Date(), code)).rejects.toThrow("TwoFactorInvalid");

    const signIn = await db().auditEvent.findFirstOrThrow({ where: { action: "SIGN_IN", actorId: user.id } });
    expect(signIn.changes).toEqual({ method: "totp" });
    expect(await auditReasons(user.email)).toEqual(["credentials", "two-factor-code", "two-factor-code"]);
  });

  it("accepts each recovery code once, and audits how many are left", async () => {
    const { user, recoveryCodes } = await enrolled();
    const [first = "", second = ""] = recoveryCodes;
    expect(await attempt(user.email, user.address, password, new Date(), first.toUpperCase())).toMatchObject({ id: user.id });
    await expect(attempt(user.email, user.address, password, new Date(), first)).rejects.toThrow("TwoFactorInvalid");
    expect(await attempt(user.email, user.address, password, new Date(), second)).toMatchObject({ id: user.id });
    const events = await db().auditEvent.findMany({ where: { action: "SIGN_IN", actorId: user.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.changes)).toEqual([
      { method: "recoveryCode", recoveryCodesLeft: 9 },
      { method: "recoveryCode", recoveryCodesLeft: 8 },
    ]);
  });

  it("throttles wrong codes like wrong passwords", async () => {
    const { user } = await enrolled();
    for (let i = 0; i < 10; i++) await expect(attempt(user.email, user.address, password, new Date(), "000000")).rejects.toThrow("TwoFactorInvalid");
    await expect(attempt(user.email, user.address, password, new Date(), "000000")).rejects.toThrow(/^Throttled:/);
  });
});
