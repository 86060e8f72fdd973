import "server-only";
import { db } from "@/lib/db";
import { ConfigError, env } from "@/lib/env";
import { hashRecoveryCode, looksLikeRecoveryCode, verifyRecoveryCode } from "./recovery-codes";
import { openSecret, sealSecret, SecretBoxError } from "./secret-box";
import { checkTotpCode, isTotpCodeShape } from "./totp";

// The second factor of sign-in: a TOTP code from the user's authenticator app, or one of
// their recovery codes. Shared by sign-in (lib/auth/sign-in.ts) and /account.

function boxKey(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new ConfigError("NEXTAUTH_SECRET is not set: two-factor secrets cannot be encrypted.");
  return secret;
}

export const sealTotpSecret = (secret: string) => sealSecret(secret, boxKey());

/** The plaintext TOTP secret, or null when the stored box cannot be opened (key changed). */
export function openTotpSecret(box: string): string | null {
  try {
    return openSecret(box, boxKey());
  } catch (error) {
    if (error instanceof SecretBoxError) return null;
    throw error;
  }
}

export const hashRecoveryCodes = (codes: readonly string[]) => codes.map((code) => ({ codeHash: hashRecoveryCode(code) }));

/**
 * Checks a TOTP code against a secret and claims its time step for the user, atomically, so
 * the same code cannot be used twice (not even by two requests at once). The step number,
 * or null.
 */
export async function claimTotpCode(userId: string, secret: string, code: string, lastStep: number | null): Promise<number | null> {
  const step = await checkTotpCode(secret, code, lastStep);
  if (step === null) return null;
  const { count } = await db().user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1 ? step : null;
}

export type SecondFactor = { method: "totp" } | { method: "recoveryCode"; recoveryCodesLeft: number };

/** Verifies a TOTP code or a recovery code (used up by this call) of a user with two-factor on. */
export async function verifySecondFactor(userId: string, input: string, now = new Date()): Promise<SecondFactor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user?.totpEnabledAt || !user.totpSecret) return null;
  if (isTotpCodeShape(input)) {
    const secret = openTotpSecret(user.totpSecret);
    return secret && (await claimTotpCode(userId, secret, input, user.totpLastStep)) !== null ? { method: "totp" } : null;
  }
  if (!looksLikeRecoveryCode(input)) return null;
  const unused = await db().userRecoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
  const match = unused.find((row) => verifyRecoveryCode(input, row.codeHash));
  if (!match) return null;
  // Single use even under concurrent requests: only one update finds usedAt still null.
  const { count } = await db().userRecoveryCode.updateMany({ where: { id: match.id, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? { method: "recoveryCode", recoveryCodesLeft: unused.length - 1 } : null;
}
