import { z } from "zod";
import { sameIssuer } from "./sso-config";

// Who may enter through single sign-on, decided from the ID token's verified claims and
// what Meridian already knows. Pure, so every branch is tested without an identity provider
// (sso-decision.test.ts); lib/auth/sso.ts loads the inputs and carries the outcome out.
//
// Only people already provisioned in Meridian enter: matched on (issuer, subject); or, once,
// by a verified email the admin allowed to link; or, when configured, students of a listed
// email domain, created on first sign-in. An email alone never opens an account
// (SECURITY.md §2: no dangerous email account linking, ASVS 6.8.1).

/** The ID token claims Meridian uses, normalised. */
export type SsoClaims = {
  issuer: string;
  subject: string;
  /** Lower-cased; null when the identity provider sent none. */
  email: string | null;
  emailVerified: boolean;
  name: string | null;
};

const text = z.string().trim().min(1).max(320);

// Some providers send email_verified as the string "true"; nothing else counts as verified.
const idTokenClaims = z.object({
  iss: text,
  sub: z.string().min(1).max(255),
  email: z.string().trim().toLowerCase().max(320).optional().catch(undefined),
  email_verified: z.union([z.boolean(), z.literal("true"), z.literal("false")]).optional().catch(undefined),
  name: text.optional().catch(undefined),
  given_name: text.optional().catch(undefined),
  family_name: text.optional().catch(undefined),
  preferred_username: text.optional().catch(undefined),
});

/** The claims of a validated ID token, or null when it lacks an issuer or subject. */
export function parseIdTokenClaims(raw: unknown): SsoClaims | null {
  const parsed = idTokenClaims.safeParse(raw);
  if (!parsed.success) return null;
  const c = parsed.data;
  const email = c.email && /^[^@\s]+@[^@\s]+$/.test(c.email) ? c.email : null;
  const joined = [c.given_name, c.family_name].filter(Boolean).join(" ");
  return {
    issuer: c.iss,
    subject: c.sub,
    email,
    emailVerified: c.email_verified === true || c.email_verified === "true",
    name: c.name ?? (joined || c.preferred_username || null),
  };
}

/** A Meridian user as far as the decision needs to know. */
export type SsoCandidate = { id: string; disabled: boolean; ssoLinkAllowed: boolean };

export type SsoRefusal =
  /** The token names another issuer than the configured one. */
  | "wrong-issuer"
  /** Provisioned, but the account is disabled. */
  | "disabled"
  /** No identity yet, and the token carries no email to match. */
  | "no-email"
  /** No identity yet, and the provider does not vouch for the email. */
  | "email-unverified"
  /** A user has this email, but the admin has not allowed linking. */
  | "link-not-allowed"
  /** Nobody in Meridian, and not a student domain. */
  | "not-registered";

export type SsoOutcome =
  | { kind: "admit"; userId: string }
  | { kind: "link"; userId: string }
  | { kind: "create-student" }
  | { kind: "refuse"; reason: SsoRefusal; userId?: string };

export type SsoDecisionInput = {
  claims: SsoClaims;
  expectedIssuer: string;
  /** The user holding the identity (claims.issuer, claims.subject), if any. */
  byIdentity: SsoCandidate | null;
  /** The user whose email is claims.email, if any. */
  byEmail: SsoCandidate | null;
  studentDomains: readonly string[];
};

export function decideSsoSignIn({ claims, expectedIssuer, byIdentity, byEmail, studentDomains }: SsoDecisionInput): SsoOutcome {
  if (!sameIssuer(claims.issuer, expectedIssuer)) return { kind: "refuse", reason: "wrong-issuer" };
  if (byIdentity) {
    return byIdentity.disabled ? { kind: "refuse", reason: "disabled", userId: byIdentity.id } : { kind: "admit", userId: byIdentity.id };
  }
  if (!claims.email) return { kind: "refuse", reason: "no-email" };
  if (!claims.emailVerified) return { kind: "refuse", reason: "email-unverified", userId: byEmail?.id };
  if (byEmail) {
    if (byEmail.disabled) return { kind: "refuse", reason: "disabled", userId: byEmail.id };
    return byEmail.ssoLinkAllowed ? { kind: "link", userId: byEmail.id } : { kind: "refuse", reason: "link-not-allowed", userId: byEmail.id };
  }
  const domain = claims.email.slice(claims.email.lastIndexOf("@") + 1);
  if (studentDomains.includes(domain)) return { kind: "create-student" };
  return { kind: "refuse", reason: "not-registered" };
}

/** A display name for a student created on first sign-in: the token's name, else the email's local part. */
export function studentNameFrom(claims: SsoClaims): string {
  if (claims.name) return claims.name.slice(0, 200);
  const local = (claims.email ?? claims.subject).split("@")[0] ?? claims.subject;
  return local.slice(0, 200);
}
