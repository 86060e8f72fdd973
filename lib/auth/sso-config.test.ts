import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/env";
import { ssoConfigFrom } from "./sso-config";

const full = {
  OIDC_ISSUER: "https://login.example.edu/realms/main",
  OIDC_CLIENT_ID: "meridian",
  OIDC_CLIENT_SECRET: "s3cret",
};

describe("single sign-on configuration", () => {
  it("is off when nothing is set", () => {
    expect(ssoConfigFrom(parseEnv({}))).toBeNull();
  });

  it("is on with issuer, client id and secret, discovering from the issuer's well-known document", () => {
    expect(ssoConfigFrom(parseEnv(full))).toEqual({
      issuer: "https://login.example.edu/realms/main",
      wellKnown: "https://login.example.edu/realms/main/.well-known/openid-configuration",
      clientId: "meridian",
      clientSecret: "s3cret",
      buttonLabel: undefined,
      studentDomains: [],
    });
  });

  it("keeps a configured button label as given and parses student domains", () => {
    const config = ssoConfigFrom(
      parseEnv({ ...full, OIDC_BUTTON_LABEL: "用统一身份认证登录", OIDC_STUDENT_DOMAINS: " Students.Example.edu, mail.example.edu ," }),
    );
    expect(config).toMatchObject({ buttonLabel: "用统一身份认证登录", studentDomains: ["students.example.edu", "mail.example.edu"] });
  });

  it("does not double the slash of an issuer that ends in one", () => {
    expect(ssoConfigFrom(parseEnv({ ...full, OIDC_ISSUER: "https://tenant.example.com/" }))?.wellKnown).toBe(
      "https://tenant.example.com/.well-known/openid-configuration",
    );
  });

  it.each([
    [{ OIDC_ISSUER: full.OIDC_ISSUER }, /missing: OIDC_CLIENT_ID, OIDC_CLIENT_SECRET/],
    [{ OIDC_ISSUER: full.OIDC_ISSUER, OIDC_CLIENT_ID: "meridian" }, /missing: OIDC_CLIENT_SECRET/],
    [{ OIDC_CLIENT_SECRET: "s3cret" }, /missing: OIDC_ISSUER, OIDC_CLIENT_ID/],
    [{ OIDC_BUTTON_LABEL: "University login" }, /missing: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET/],
    [{ OIDC_STUDENT_DOMAINS: "students.example.edu" }, /missing: OIDC_ISSUER/],
  ])("refuses a partial configuration with a clear message (%o)", (partial, message) => {
    expect(() => parseEnv(partial)).toThrow(ConfigError);
    expect(() => parseEnv(partial)).toThrow(message);
  });

  it("treats empty variables as unset, so `OIDC_ISSUER= npm start` turns it off", () => {
    expect(ssoConfigFrom(parseEnv({ OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "" }))).toBeNull();
  });

  it("requires https, except for a provider on this machine", () => {
    expect(() => parseEnv({ ...full, OIDC_ISSUER: "http://login.example.edu" })).toThrow(/https/);
    expect(ssoConfigFrom(parseEnv({ ...full, OIDC_ISSUER: "http://127.0.0.1:4000" }))?.issuer).toBe("http://127.0.0.1:4000");
    expect(ssoConfigFrom(parseEnv({ ...full, OIDC_ISSUER: "http://localhost:4000/realms/x" }))?.issuer).toBe("http://localhost:4000/realms/x");
    expect(() => parseEnv({ ...full, OIDC_ISSUER: "http://localhost.evil.com" })).toThrow(/https/);
  });

  it("refuses student domains that are not domain names", () => {
    expect(() => parseEnv({ ...full, OIDC_STUDENT_DOMAINS: "@students.example.edu" })).toThrow(/domain names/);
    expect(() => parseEnv({ ...full, OIDC_STUDENT_DOMAINS: "localhost" })).toThrow(/domain names/);
  });
});
