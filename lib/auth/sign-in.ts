import "server-only";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { authenticate } from "./authenticate";
import { attemptEmail, checkThrottle, recordSignInAttempt } from "./sign-in-attempts";
import { minutesUntil } from "./throttle";
import { verifySecondFactor } from "./two-factor";

// Password sign-in (next-auth's credentials authorize()): throttling, the password, then the
// second factor for users who have one. next-auth turns a thrown error's message into
// `?error=<message>`, which the login form reads:
//   TwoFactorRequired   the password was right; ask for a code
//   TwoFactorInvalid    the code was wrong (counted as a failure)
//   Throttled:<minutes> too many failures; nothing was checked
// A null return is next-auth's "CredentialsSignin": the same message for an unknown email
// and a wrong password.

export const SIGN_IN_ERRORS = { twoFactorRequired: "TwoFactorRequired", twoFactorInvalid: "TwoFactorInvalid", throttled: "Throttled" } as const;

export type SignInInput = { email: string; password: string; code?: string };

export async function signInWithPassword(input: SignInInput, ip: string, now = new Date()): Promise<{ id: string; sessionVersion: number } | null> {
  const email = attemptEmail(input.email);
  const fail = async (reason: string, actorId: string | null = null) => {
    await recordAudit(db(), { actorId, action: "SIGN_IN_FAILED", entityType: "User", entityId: actorId, changes: { email, reason }, ip });
  };

  const throttle = await checkThrottle(email, ip, now);
  if (throttle.locked) {
    await fail(throttle.scope === "account" ? "throttled-account" : "throttled-address");
    throw new Error(`${SIGN_IN_ERRORS.throttled}:${minutesUntil(throttle.retryAt, now)}`);
  }

  const user = await authenticate(email, input.password);
  if (!user) {
    await recordSignInAttempt(email, ip, false, now);
    await fail("credentials");
    return null;
  }

  let method: string = "password";
  let recoveryCodesLeft: number | undefined;
  if (user.twoFactor) {
    const code = input.code?.trim();
    if (!code) throw new Error(SIGN_IN_ERRORS.twoFactorRequired);
    const factor = await verifySecondFactor(user.id, code, now);
    if (!factor) {
      await recordSignInAttempt(email, ip, false, now);
      await fail("two-factor-code", user.id);
      throw new Error(SIGN_IN_ERRORS.twoFactorInvalid);
    }
    method = factor.method;
    if (factor.method === "recoveryCode") recoveryCodesLeft = factor.recoveryCodesLeft;
  }

  await recordSignInAttempt(email, ip, true, now);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "SIGN_IN",
      entityType: "User",
      entityId: user.id,
      changes: recoveryCodesLeft === undefined ? { method } : { method, recoveryCodesLeft },
      ip,
    });
  });
  return { id: user.id, sessionVersion: user.sessionVersion };
}
