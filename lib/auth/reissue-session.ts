import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { sessionCookie, type SessionClaims } from "./session-cookie";

/**
 * After a change that ended the user's sessions (new password, two-factor switched on or
 * off), gives this browser a token with the new sessionVersion, so only the other sessions
 * end. The token keeps its original expiry: a change never lengthens a session.
 */
export async function reissueSession(userId: string, sessionVersion: number): Promise<void> {
  const secret = env().NEXTAUTH_SECRET;
  const { name, secure } = sessionCookie();
  const jar = await cookies();
  const raw = jar.get(name)?.value;
  if (!secret || !raw) return;
  const token = await decode({ token: raw, secret }).catch(() => null);
  const expiresAt = typeof token?.exp === "number" ? token.exp : 0;
  const maxAge = Math.floor(expiresAt - Date.now() / 1000);
  if (!token || token.sub !== userId || maxAge <= 0) return;
  const claims: SessionClaims = { sub: userId, sv: sessionVersion };
  if (token.via === "sso") claims.via = "sso";
  const value = await encode({ token: claims, secret, maxAge });
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, expires: new Date(expiresAt * 1000) });
}

/** Removes this browser's session cookie (sign out, and after "sign out everywhere"). */
export async function clearSessionCookie(): Promise<void> {
  const { name, secure } = sessionCookie();
  (await cookies()).set(name, "", { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: 0 });
}
