import { describe, expect, it } from "vitest";
import { decideSsoSignIn, parseIdTokenClaims, studentNameFrom, type SsoClaims, type SsoDecisionInput } from "./sso-decision";

const ISSUER = "https://login.example.edu/realms/staff";

const claims = (overrides: Partial<SsoClaims> = {}): SsoClaims => ({
  issuer: ISSUER,
  subject: "f3a1-subject",
  email: "li.na@example.edu",
  emailVerified: true,
  name: "Li Na",
  ...overrides,
});

const user = (overrides: Partial<{ id: string; disabled: boolean; ssoLinkAllowed: boolean }> = {}) => ({
  id: "user-1",
  disabled: false,
  ssoLinkAllowed: false,
  ...overrides,
});

const decide = (overrides: Partial<SsoDecisionInput>) =>
  decideSsoSignIn({ claims: claims(), expectedIssuer: ISSUER, byIdentity: null, byEmail: null, studentDomains: [], ...overrides });

describe("decideSsoSignIn", () => {
  it("admits the user who holds the identity", () => {
    expect(decide({ byIdentity: user() })).toEqual({ kind: "admit", userId: "user-1" });
  });

  it("admits by identity whatever the email says: the email is not the key once linked", () => {
    const outcome = decide({ claims: claims({ email: null, emailVerified: false }), byIdentity: user() });
    expect(outcome).toEqual({ kind: "admit", userId: "user-1" });
  });

  it("refuses a disabled user even when the identity matches", () => {
    expect(decide({ byIdentity: user({ disabled: true }) })).toEqual({ kind: "refuse", reason: "disabled", userId: "user-1" });
  });

  it("refuses a token from another issuer, even for a known identity", () => {
    const outcome = decide({ claims: claims({ issuer: "https://evil.example.com" }), byIdentity: user() });
    expect(outcome).toEqual({ kind: "refuse", reason: "wrong-issuer" });
  });

  it("treats issuers with and without a trailing slash as the same", () => {
    expect(decide({ claims: claims({ issuer: `${ISSUER}/` }), byIdentity: user() })).toMatchObject({ kind: "admit" });
  });

  it("links by verified email once the admin allowed it", () => {
    expect(decide({ byEmail: user({ ssoLinkAllowed: true }) })).toEqual({ kind: "link", userId: "user-1" });
  });

  it("refuses a verified email match the admin did not allow", () => {
    expect(decide({ byEmail: user() })).toEqual({ kind: "refuse", reason: "link-not-allowed", userId: "user-1" });
  });

  it("never links an unverified email, allowed or not", () => {
    const outcome = decide({ claims: claims({ emailVerified: false }), byEmail: user({ ssoLinkAllowed: true }) });
    expect(outcome).toEqual({ kind: "refuse", reason: "email-unverified", userId: "user-1" });
  });

  it("refuses a disabled user whose link was allowed", () => {
    expect(decide({ byEmail: user({ ssoLinkAllowed: true, disabled: true }) })).toMatchObject({ kind: "refuse", reason: "disabled" });
  });

  it("refuses a token without an email when no identity matches", () => {
    expect(decide({ claims: claims({ email: null }) })).toEqual({ kind: "refuse", reason: "no-email" });
  });

  it("creates a student for a verified email of a listed student domain", () => {
    const outcome = decide({ claims: claims({ email: "wu.lei@students.example.edu" }), studentDomains: ["students.example.edu"] });
    expect(outcome).toEqual({ kind: "create-student" });
  });

  it("matches student domains exactly: no subdomains, no look-alikes", () => {
    for (const email of ["a@x.students.example.edu", "a@students.example.edu.evil.com", "a@example.edu"]) {
      const outcome = decide({ claims: claims({ email }), studentDomains: ["students.example.edu"] });
      expect(outcome, email).toEqual({ kind: "refuse", reason: "not-registered" });
    }
  });

  it("creates no student from an unverified email of a student domain", () => {
    const outcome = decide({
      claims: claims({ email: "wu.lei@students.example.edu", emailVerified: false }),
      studentDomains: ["students.example.edu"],
    });
    expect(outcome).toEqual({ kind: "refuse", reason: "email-unverified" });
  });

  it("does not take over an existing account of a student domain without the admin's allowance", () => {
    const outcome = decide({
      claims: claims({ email: "wu.lei@students.example.edu" }),
      byEmail: user(),
      studentDomains: ["students.example.edu"],
    });
    expect(outcome).toEqual({ kind: "refuse", reason: "link-not-allowed", userId: "user-1" });
  });

  it("refuses everyone else as not registered", () => {
    expect(decide({})).toEqual({ kind: "refuse", reason: "not-registered" });
  });
});

describe("parseIdTokenClaims", () => {
  it("normalises the claims Meridian uses", () => {
    expect(
      parseIdTokenClaims({ iss: ISSUER, sub: "abc", email: " Li.Na@Example.EDU ", email_verified: true, name: "Li Na", aud: "meridian" }),
    ).toEqual({ issuer: ISSUER, subject: "abc", email: "li.na@example.edu", emailVerified: true, name: "Li Na" });
  });

  it("counts only true (or the string \"true\") as verified", () => {
    const verified = (value: unknown) => parseIdTokenClaims({ iss: ISSUER, sub: "abc", email: "a@b.c", email_verified: value })?.emailVerified;
    expect([true, "true", false, "false", 1, "yes", undefined, null].map(verified)).toEqual([true, true, false, false, false, false, false, false]);
  });

  it("falls back to given and family name, then the preferred username", () => {
    expect(parseIdTokenClaims({ iss: ISSUER, sub: "s", given_name: "Na", family_name: "Li" })?.name).toBe("Na Li");
    expect(parseIdTokenClaims({ iss: ISSUER, sub: "s", preferred_username: "lina" })?.name).toBe("lina");
    expect(parseIdTokenClaims({ iss: ISSUER, sub: "s" })?.name).toBeNull();
  });

  it("drops an email that is not one", () => {
    expect(parseIdTokenClaims({ iss: ISSUER, sub: "s", email: "not an email", email_verified: true })?.email).toBeNull();
    expect(parseIdTokenClaims({ iss: ISSUER, sub: "s", email: 42 })?.email).toBeNull();
  });

  it("returns null without an issuer or subject", () => {
    expect(parseIdTokenClaims({ sub: "s" })).toBeNull();
    expect(parseIdTokenClaims({ iss: ISSUER, sub: "" })).toBeNull();
    expect(parseIdTokenClaims(null)).toBeNull();
  });
});

describe("studentNameFrom", () => {
  it("uses the token's name, else the email's local part", () => {
    expect(studentNameFrom(claims())).toBe("Li Na");
    expect(studentNameFrom(claims({ name: null, email: "wu.lei@students.example.edu" }))).toBe("wu.lei");
  });
});
