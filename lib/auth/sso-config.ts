import type { Env } from "@/lib/env";

// Single sign-on settings derived from the environment (README "Configuration").
// lib/env.ts has already refused a partial configuration, so either all is set or nothing.

/** The next-auth provider id: the identity provider's redirect URI is /api/auth/callback/oidc. */
export const SSO_PROVIDER_ID = "oidc";

export type SsoConfig = {
  /** The issuer exactly as the identity provider names itself (its ID tokens' `iss`). */
  issuer: string;
  wellKnown: string;
  clientId: string;
  clientSecret: string;
  /** The button's label as configured; undefined: the translated default. */
  buttonLabel?: string;
  /** Email domains whose verified addresses may create a student account on first sign-in. */
  studentDomains: readonly string[];
};

export function ssoConfigFrom(config: Env): SsoConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = config;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    wellKnown: `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    buttonLabel: config.OIDC_BUTTON_LABEL?.trim() || undefined,
    studentDomains: config.OIDC_STUDENT_DOMAINS,
  };
}

/** Issuers compare equal with or without a trailing slash (configurations differ on it). */
export function sameIssuer(a: string, b: string): boolean {
  return a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
}
