// Sign-in throttling (ASVS 6.3.1, after rate-limiter-flexible's login example): decided from
// the SignInAttempt rows in PostgreSQL, so every app instance sees the same counts.
//  - one account from one address: after 10 failures in a row (none succeeded since), refused
//    for 15 minutes after the last failure; each failure after that locks it again;
//  - one address: after 100 failures within 24 hours, refused until the oldest of those 100
//    is a day old.
// Unknown emails are counted like real ones, so a lock reveals nothing about accounts.

export const ACCOUNT_FAILURE_LIMIT = 10;
export const ACCOUNT_LOCK_MS = 15 * 60 * 1000;
export const ADDRESS_FAILURE_LIMIT = 100;
export const ADDRESS_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Attempts older than this are no longer needed by either rule and may be deleted. */
export const ATTEMPT_RETENTION_MS = 2 * 24 * 60 * 60 * 1000;

export type AttemptRow = { succeeded: boolean; at: Date };

export type ThrottleDecision =
  | { locked: false }
  | { locked: true; scope: "account" | "address"; retryAt: Date };

/**
 * @param accountAttempts the latest attempts for this email from this address, newest first
 *   (ACCOUNT_FAILURE_LIMIT rows are enough)
 * @param addressFailures this address's failures of the last 24 hours, newest first
 *   (ADDRESS_FAILURE_LIMIT rows are enough)
 */
export function decideThrottle(accountAttempts: readonly AttemptRow[], addressFailures: readonly AttemptRow[], now: Date): ThrottleDecision {
  const recentFailures = addressFailures.filter((row) => !row.succeeded && now.getTime() - row.at.getTime() < ADDRESS_WINDOW_MS);
  if (recentFailures.length >= ADDRESS_FAILURE_LIMIT) {
    const oldestCounted = recentFailures[ADDRESS_FAILURE_LIMIT - 1] as AttemptRow;
    return { locked: true, scope: "address", retryAt: new Date(oldestCounted.at.getTime() + ADDRESS_WINDOW_MS) };
  }
  const latest = accountAttempts.slice(0, ACCOUNT_FAILURE_LIMIT);
  if (latest.length === ACCOUNT_FAILURE_LIMIT && latest.every((row) => !row.succeeded)) {
    const retryAt = new Date((latest[0] as AttemptRow).at.getTime() + ACCOUNT_LOCK_MS);
    if (retryAt > now) return { locked: true, scope: "account", retryAt };
  }
  return { locked: false };
}

/** Whole minutes until retryAt, at least 1: what the sign-in page tells people to wait. */
export function minutesUntil(retryAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}
