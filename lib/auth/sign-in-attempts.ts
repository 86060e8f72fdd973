import "server-only";
import { db } from "@/lib/db";
import {
  ACCOUNT_FAILURE_LIMIT,
  ADDRESS_FAILURE_LIMIT,
  ADDRESS_WINDOW_MS,
  ATTEMPT_RETENTION_MS,
  decideThrottle,
  type ThrottleDecision,
} from "./throttle";

// The database side of sign-in throttling (lib/auth/throttle.ts decides). Passwords typed
// to confirm a change on /account (re-authentication) count here too.

/** Emails as the attempt rows keep them: trimmed, lower case, at most 320 characters. */
export const attemptEmail = (email: string) => email.trim().toLowerCase().slice(0, 320);

export async function checkThrottle(email: string, ip: string, now = new Date()): Promise<ThrottleDecision> {
  const [accountAttempts, addressFailures] = await Promise.all([
    db().signInAttempt.findMany({
      where: { email: attemptEmail(email), ip },
      orderBy: { at: "desc" },
      take: ACCOUNT_FAILURE_LIMIT,
      select: { succeeded: true, at: true },
    }),
    db().signInAttempt.findMany({
      where: { ip, succeeded: false, at: { gt: new Date(now.getTime() - ADDRESS_WINDOW_MS) } },
      orderBy: { at: "desc" },
      take: ADDRESS_FAILURE_LIMIT,
      select: { succeeded: true, at: true },
    }),
  ]);
  return decideThrottle(accountAttempts, addressFailures, now);
}

let lastPrunedAt = 0;
const PRUNE_EVERY_MS = 10 * 60 * 1000;

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean, now = new Date()): Promise<void> {
  await db().signInAttempt.create({ data: { email: attemptEmail(email), ip, succeeded, at: now } });
  // Opportunistic clean-up, at most every 10 minutes per process: no scheduler needed.
  if (now.getTime() - lastPrunedAt > PRUNE_EVERY_MS) {
    lastPrunedAt = now.getTime();
    await pruneSignInAttempts(now);
  }
}

/** Deletes attempts that neither rule looks at any more (older than two days). */
export async function pruneSignInAttempts(now = new Date()): Promise<number> {
  const { count } = await db().signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - ATTEMPT_RETENTION_MS) } } });
  return count;
}
