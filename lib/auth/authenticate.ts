import "server-only";
import { db } from "@/lib/db";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "./password";

export type AuthenticatedUser = { id: string; sessionVersion: number; twoFactor: boolean };

// A hash of a random password: unknown emails still cost one argon2 verification, so
// response time does not reveal which addresses have accounts.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

/**
 * Checks an email and password; null for unknown email, wrong password or disabled user
 * alike. `twoFactor`: the user must also give a second factor (lib/auth/sign-in.ts).
 */
export async function authenticate(email: string, password: string): Promise<AuthenticatedUser | null> {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, disabledAt: true, sessionVersion: true, totpEnabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !valid || user.disabledAt) return null;
  return { id: user.id, sessionVersion: user.sessionVersion, twoFactor: user.totpEnabledAt !== null };
}
