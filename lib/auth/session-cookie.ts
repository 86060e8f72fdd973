import { env } from "@/lib/env";

// One name for the session cookie, shared by next-auth and by getCurrentUser(), which
// decodes it itself. Over https it gets the __Host- prefix (Secure, Path=/, no Domain).
export function sessionCookie() {
  const secure = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return { name: secure ? "__Host-meridian.session" : "meridian.session", secure };
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
