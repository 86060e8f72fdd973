import "server-only";
import type { User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { env } from "@/lib/env";
import { ssoConfigFrom, SSO_PROVIDER_ID, type SsoConfig } from "./sso-config";
import { signInWithSso, type SsoSignInResult } from "./sso";

// next-auth's generic OAuth provider, configured for OpenID Connect: discovery from the
// issuer's well-known document, authorization code flow with PKCE, state and nonce, and the
// person taken from the validated ID token (signature, issuer, audience, expiry and nonce
// are checked by openid-client). There is no adapter and no email account linking:
// profile() maps the identity to a Meridian user itself (lib/auth/sso.ts), so the session
// token gets our user id and sessionVersion — never the provider's subject.

/** What profile() hands on to the signIn and jwt callbacks. */
type SsoUser = User & { sessionVersion?: number; ssoRefusal?: Exclude<SsoSignInResult, { ok: true }>["reason"] };

// next-auth insists on a non-empty id even for a refused profile; signIn refuses it.
const REFUSED_ID = "sso-refused";

export function ssoProvider(config: SsoConfig): OAuthConfig<Record<string, unknown>> {
  return {
    id: SSO_PROVIDER_ID,
    name: config.buttonLabel ?? "Single sign-on",
    type: "oauth",
    wellKnown: config.wellKnown,
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    httpOptions: { timeout: 10_000 },
    async profile(claims): Promise<SsoUser> {
      const result = await signInWithSso(claims, config);
      return result.ok ? { id: result.userId, sessionVersion: result.sessionVersion } : { id: REFUSED_ID, ssoRefusal: result.reason };
    },
  };
}

/** The providers to add beside passwords: none unless single sign-on is configured. */
export function ssoProviders(): OAuthConfig<Record<string, unknown>>[] {
  const config = ssoConfigFrom(env());
  return config ? [ssoProvider(config)] : [];
}

/** Login-page error codes for a refused single sign-on (app/login/sso-section.tsx). */
export type SsoErrorCode = "SsoNotRegistered" | "SsoDisabled" | "SsoFailed";

/**
 * The signIn callback's verdict on a single sign-on: true for an admitted user, else the
 * login page with a message. Fails closed: anything but an admitted profile is refused.
 */
export function ssoSignInVerdict(user: SsoUser): true | string {
  if (user.id !== REFUSED_ID && !user.ssoRefusal && typeof user.sessionVersion === "number") return true;
  const code: SsoErrorCode =
    user.ssoRefusal === "disabled"
      ? "SsoDisabled"
      : user.ssoRefusal === "error" || user.ssoRefusal === "wrong-issuer" || user.ssoRefusal === "invalid-claims" || !user.ssoRefusal
        ? "SsoFailed"
        : "SsoNotRegistered";
  // Relative, as next-auth's own redirects to pages.error are.
  return `/login?error=${code}`;
}
