import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { isTwoFactorRequiredFor } from "./settings";

/**
 * Who is asking: the only user shape the data layer and pages work with. `twoFactorPending`:
 * two-factor sign-in is required for the user's role, they signed in with a password and
 * have not set it up yet; until they do, pages send them to /account and assertRole()
 * refuses them.
 */
export type Actor = { id: string; email: string; name: string; role: Role; locale: string | null; twoFactorPending?: true };

/**
 * The signed-in user of this request, or null. The token only names the user; role and
 * state come from the database each request, and a token issued before the user's
 * sessionVersion changed (role change, disable, password change, sign-out everywhere) is
 * refused. Cached per request, so a page and its layout share one lookup.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const raw = (await cookies()).get(sessionCookie().name)?.value;
  if (!raw) return null;
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) return null;
  const token = await decode({ token: raw, secret }).catch(() => null);
  if (!token?.sub) return null;
  const user = await db().user.findUnique({
    where: { id: token.sub },
    select: { id: true, email: true, name: true, role: true, locale: true, sessionVersion: true, disabledAt: true, totpEnabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== token.sv) return null;
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
  // After single sign-on the identity provider did the second factor (SECURITY.md, ASVS 6.3.3).
  const signedInLocally = token.via !== "sso";
  if (signedInLocally && !user.totpEnabledAt && (await isTwoFactorRequiredFor(user.role))) actor.twoFactorPending = true;
  return actor;
});
