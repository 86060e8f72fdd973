import "server-only";
import { verifyPassword, hashPassword } from "@/lib/auth/password";
import { contextWords, passwordProblem } from "@/lib/auth/password-policy";
import { generateRecoveryCodes, looksLikeRecoveryCode, RECOVERY_CODE_COUNT } from "@/lib/auth/recovery-codes";
import { checkThrottle, recordSignInAttempt } from "@/lib/auth/sign-in-attempts";
import { checkTotpCode, isTotpCodeShape, newTotpSecret, totpUri } from "@/lib/auth/totp";
import { hashRecoveryCodes, openTotpSecret, sealTotpSecret, verifySecondFactor } from "@/lib/auth/two-factor";
import { db } from "@/lib/db";
import { assertSignedIn } from "./access";
import { recordAudit } from "./audit";
import type { Actor } from "./current-user";
import { AppError } from "./errors";
import { bumpSessionVersion } from "./sessions";
import { isTwoFactorRequiredFor } from "./settings";

// The signed-in user's own account (/account): password, two-factor sign-in, recovery codes.
// Every function here is open to a user who must still enrol in two-factor (assertSignedIn),
// because enrolling is what they are sent to do. Changes that replace an authentication
// factor end the user's other sessions (ASVS 7.4.3): they return the new sessionVersion,
// and the action gives this browser a fresh token with it.
// A wrong password or code typed here counts as a failed sign-in for throttling, so a stolen
// session cannot be used to guess the password.

export type AccountSecurity = {
  twoFactorEnabledAt: Date | null;
  /** Set while two-factor is being set up: the secret to scan or type into the app. */
  enrolment: { secret: string; uri: string } | null;
  recoveryCodesLeft: number;
  twoFactorRequired: boolean;
};

const invalid = (field: string, messageKey: string) => new AppError("INVALID", messageKey, { name: field, messageKey });

export async function getAccountSecurity(actor: Actor | null): Promise<AccountSecurity> {
  const user = assertSignedIn(actor);
  const row = await db().user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpSecret: true, totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  const pending = !row.totpEnabledAt && row.totpSecret ? openTotpSecret(row.totpSecret) : null;
  return {
    twoFactorEnabledAt: row.totpEnabledAt,
    enrolment: pending ? { secret: pending, uri: totpUri(pending, user.email) } : null,
    recoveryCodesLeft: row.totpEnabledAt ? row._count.recoveryCodes : 0,
    twoFactorRequired: await isTwoFactorRequiredFor(user.role),
  };
}

/**
 * Runs `check` (of a password or a code) under sign-in throttling: refused while the account
 * is locked from this address; a failure is recorded, audited and reported on `field`.
 */
async function reauthenticate(user: Actor, ip: string, what: "password" | "code", field: string, check: () => Promise<boolean>): Promise<void> {
  const audit = (reason: string) =>
    recordAudit(db(), {
      actorId: user.id, action: "SIGN_IN_FAILED", entityType: "User", entityId: user.id,
      changes: { email: user.email, reason, step: "reauthentication" }, ip,
    });
  const throttle = await checkThrottle(user.email, ip);
  if (throttle.locked) {
    await audit(`throttled-${throttle.scope}`);
    throw invalid(field, "account.errors.throttled");
  }
  if (await check()) {
    await recordSignInAttempt(user.email, ip, true);
    return;
  }
  await recordSignInAttempt(user.email, ip, false);
  await audit(what === "password" ? "credentials" : "two-factor-code");
  throw invalid(field, what === "password" ? "account.errors.passwordWrong" : "account.errors.codeWrong");
}

async function passwordMatches(userId: string, password: string): Promise<boolean> {
  const row = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  return row.passwordHash !== null && (await verifyPassword(row.passwordHash, password));
}

/** Changes the password after checking the current one (ASVS 7.5.1); ends other sessions. */
export async function changePassword(
  actor: Actor | null,
  input: { currentPassword: string; newPassword: string },
  ip: string,
): Promise<{ sessionVersion: number }> {
  const user = assertSignedIn(actor);
  await reauthenticate(user, ip, "password", "currentPassword", () => passwordMatches(user.id, input.currentPassword));
  const problem = passwordProblem(input.newPassword, contextWords(user.email, user.name));
  if (problem) throw new AppError("INVALID", problem, { name: "newPassword", messageKey: problem });
  if (input.newPassword === input.currentPassword) throw invalid("newPassword", "account.errors.samePassword");
  const passwordHash = await hashPassword(input.newPassword);
  return db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, version: { increment: 1 } } });
    const sessionVersion = await bumpSessionVersion(tx, user.id);
    await recordAudit(tx, {
      actorId: user.id, action: "UPDATE", entityType: "User", entityId: user.id,
      changes: { password: [null, "changed"], sessionVersion: [sessionVersion - 1, sessionVersion] }, ip,
    });
    return { sessionVersion };
  });
}

/** Starts (or restarts) setting up two-factor: a new secret, kept encrypted until confirmed. */
export async function startTwoFactorEnrolment(actor: Actor | null): Promise<void> {
  const user = assertSignedIn(actor);
  const { count } = await db().user.updateMany({
    where: { id: user.id, totpEnabledAt: null },
    data: { totpSecret: sealTotpSecret(newTotpSecret()), totpLastStep: null },
  });
  if (count === 0) throw invalid("code", "account.errors.alreadyEnabled");
}

export async function cancelTwoFactorEnrolment(actor: Actor | null): Promise<void> {
  const user = assertSignedIn(actor);
  await db().user.updateMany({ where: { id: user.id, totpEnabledAt: null }, data: { totpSecret: null, totpLastStep: null } });
}

/**
 * Confirms two-factor with a code from the app: switches it on, makes 10 recovery codes
 * (returned once, stored hashed) and ends other sessions.
 */
export async function confirmTwoFactorEnrolment(
  actor: Actor | null,
  code: string,
  ip: string,
): Promise<{ recoveryCodes: string[]; sessionVersion: number }> {
  const user = assertSignedIn(actor);
  const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
  if (row.totpEnabledAt) throw invalid("code", "account.errors.alreadyEnabled");
  const secret = row.totpSecret ? openTotpSecret(row.totpSecret) : null;
  if (!secret) throw invalid("code", "account.errors.enrolmentExpired");
  let step: number | null = null;
  await reauthenticate(user, ip, "code", "code", async () => (step = await checkTotpCode(secret, code)) !== null);
  const recoveryCodes = generateRecoveryCodes();
  const sessionVersion = await db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, totpEnabledAt: null, totpSecret: row.totpSecret },
      data: { totpEnabledAt: new Date(), totpLastStep: step, version: { increment: 1 } },
    });
    if (count === 0) throw invalid("code", "account.errors.enrolmentExpired");
    await tx.userRecoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.userRecoveryCode.createMany({ data: hashRecoveryCodes(recoveryCodes).map((row) => ({ ...row, userId: user.id })) });
    const after = await bumpSessionVersion(tx, user.id);
    await recordAudit(tx, {
      actorId: user.id, action: "UPDATE", entityType: "User", entityId: user.id,
      changes: { twoFactor: [false, true], recoveryCodes: [null, RECOVERY_CODE_COUNT], sessionVersion: [after - 1, after] }, ip,
    });
    return after;
  });
  return { recoveryCodes, sessionVersion };
}

/** Switches two-factor off after the password, a current code or a recovery code. */
export async function disableTwoFactor(actor: Actor | null, passwordOrCode: string, ip: string): Promise<{ sessionVersion: number }> {
  const user = assertSignedIn(actor);
  const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabledAt: true } });
  if (!row.totpEnabledAt) throw invalid("passwordOrCode", "account.errors.notEnabled");
  const input = passwordOrCode.trim();
  const isCode = isTotpCodeShape(input) || looksLikeRecoveryCode(input);
  await reauthenticate(user, ip, isCode ? "code" : "password", "passwordOrCode", async () =>
    isCode ? (await verifySecondFactor(user.id, input)) !== null : passwordMatches(user.id, passwordOrCode),
  );
  return db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, version: { increment: 1 } },
    });
    await tx.userRecoveryCode.deleteMany({ where: { userId: user.id } });
    const sessionVersion = await bumpSessionVersion(tx, user.id);
    await recordAudit(tx, {
      actorId: user.id, action: "UPDATE", entityType: "User", entityId: user.id,
      changes: { twoFactor: [true, false], confirmedWith: isCode ? "code" : "password", sessionVersion: [sessionVersion - 1, sessionVersion] }, ip,
    });
    return { sessionVersion };
  });
}

/** Replaces the recovery codes (the old ones stop working) after the password. */
export async function regenerateRecoveryCodes(actor: Actor | null, password: string, ip: string): Promise<{ recoveryCodes: string[] }> {
  const user = assertSignedIn(actor);
  const row = await db().user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  if (!row.totpEnabledAt) throw invalid("password", "account.errors.notEnabled");
  await reauthenticate(user, ip, "password", "password", () => passwordMatches(user.id, password));
  const recoveryCodes = generateRecoveryCodes();
  await db().$transaction(async (tx) => {
    await tx.userRecoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.userRecoveryCode.createMany({ data: hashRecoveryCodes(recoveryCodes).map((code) => ({ ...code, userId: user.id })) });
    await recordAudit(tx, {
      actorId: user.id, action: "UPDATE", entityType: "User", entityId: user.id,
      changes: { recoveryCodes: [row._count.recoveryCodes, RECOVERY_CODE_COUNT] }, ip,
    });
  });
  return { recoveryCodes };
}
