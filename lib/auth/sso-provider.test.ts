import { describe, expect, it } from "vitest";
import { ssoProvider, ssoSignInVerdict } from "./sso-provider";

const config = {
  issuer: "https://login.example.edu/realms/main",
  wellKnown: "https://login.example.edu/realms/main/.well-known/openid-configuration",
  clientId: "meridian",
  clientSecret: "s3cret",
  studentDomains: [],
};

describe("ssoProvider", () => {
  it("is OpenID Connect with PKCE, state and nonce, reading the person from the ID token", () => {
    const provider = ssoProvider(config);
    expect(provider).toMatchObject({
      id: "oidc",
      type: "oauth",
      wellKnown: config.wellKnown,
      issuer: config.issuer,
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid email profile" } },
    });
    expect(provider.allowDangerousEmailAccountLinking).toBeUndefined();
  });
});

describe("ssoSignInVerdict", () => {
  it("lets an admitted user through", () => {
    expect(ssoSignInVerdict({ id: "0199-user", sessionVersion: 2 } as never)).toBe(true);
  });

  it("sends a refused sign-in back to the login page with the reason's message", () => {
    expect(ssoSignInVerdict({ id: "sso-refused", ssoRefusal: "not-registered" } as never)).toBe("/login?error=SsoNotRegistered");
    expect(ssoSignInVerdict({ id: "sso-refused", ssoRefusal: "link-not-allowed" } as never)).toBe("/login?error=SsoNotRegistered");
    expect(ssoSignInVerdict({ id: "sso-refused", ssoRefusal: "email-unverified" } as never)).toBe("/login?error=SsoNotRegistered");
    expect(ssoSignInVerdict({ id: "sso-refused", ssoRefusal: "disabled" } as never)).toBe("/login?error=SsoDisabled");
    expect(ssoSignInVerdict({ id: "sso-refused", ssoRefusal: "error" } as never)).toBe("/login?error=SsoFailed");
  });

  it("fails closed: a profile that was not admitted (no session version) is refused", () => {
    expect(ssoSignInVerdict({ id: "idp-subject-123" } as never)).toBe("/login?error=SsoFailed");
  });
});
