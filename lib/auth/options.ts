import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { addressFrom } from "./request-address";
import { signInWithPassword } from "./sign-in";
import { SESSION_MAX_AGE_SECONDS, sessionCookie, type SessionClaims } from "./session-cookie";
import { SSO_PROVIDER_ID } from "./sso-config";
import { ssoProviders, ssoSignInVerdict } from "./sso-provider";

// The session token carries only the user id (`sub`), `sv`, the user's sessionVersion
// when it was issued, and `via: "sso"` after single sign-on. Role and disabled state are read from the database on every request
// (lib/data/current-user.ts), so a change takes effect at once.
export function authOptions(): NextAuthOptions {
  const cookie = sessionCookie();
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    cookies: {
      sessionToken: {
        name: cookie.name,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: cookie.secure },
      },
    },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "password",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        authorize(credentials, request) {
          return signInWithPassword(
            { email: credentials?.email ?? "", password: credentials?.password ?? "", code: credentials?.code },
            addressFrom(request.headers ?? {}),
          );
        },
      }),
      // Single sign-on beside passwords, when configured (lib/auth/sso-provider.ts).
      ...ssoProviders(),
    ],
    callbacks: {
      signIn({ user, account }) {
        return account?.provider === SSO_PROVIDER_ID ? ssoSignInVerdict(user) : true;
      },
      jwt({ token, user, account }) {
        if (!user) return token;
        const claims: SessionClaims = { sub: user.id, sv: (user as { sessionVersion?: number }).sessionVersion ?? 0 };
        // The identity provider does the second factor for SSO users (SECURITY.md, ASVS 6.3.3).
        if (account?.provider === SSO_PROVIDER_ID) claims.via = "sso";
        return claims;
      },
      session({ session }) {
        // Pages read the user through getCurrentUser(); the client session holds nothing.
        return { expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sub) await recordAudit(db(), { actorId: token.sub, action: "SIGN_OUT", entityType: "User", entityId: token.sub });
      },
    },
  };
}
