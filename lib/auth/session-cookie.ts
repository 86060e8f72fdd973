import { env } from "@/lib/env";

// One name for the session cookie, shared by next-auth and by getCurrentUser(), which
// decodes it itself. Over https it gets the __Host- prefix (Secure, Path=/, no Domain).
export function sessionCookie() {
  const secure = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return { name: secure ? "__Host-meridian.session" : "meridian.session", secure };
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * What the session token says: the user id, their sessionVersion when it was issued, and
 * how they signed in when it matters (single sign-on: the identity provider did the second
 * factor). Nothing else; role and state are read from the database on every request.
 */
export type SessionClaims = { sub: string; sv: number; via?: "sso" };
