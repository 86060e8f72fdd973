import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, HSTS, isHttps, PERMISSIONS_POLICY, securityHeaders } from "./headers";

const directives = (csp: string) => new Map(csp.split("; ").map((part) => [part.split(" ")[0], part.split(" ").slice(1)]));

describe("createNonce", () => {
  it("makes 128-bit base64 nonces, never the same twice", () => {
    const nonces = Array.from({ length: 200 }, createNonce);
    expect(new Set(nonces).size).toBe(200);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("contentSecurityPolicy", () => {
  const policy = directives(contentSecurityPolicy({ nonce: "abc123==", dev: false, https: false }));

  it("allows only scripts with this request's nonce and what they load, never inline or eval", () => {
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it("locks down plugins, base URLs, form targets and framing", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("needs the nonce for <style> elements and allows inline style attributes only", () => {
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get("style-src-elem")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("adds eval for the development server only, and upgrades requests only over https", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", dev: true, https: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy({ nonce: "n", dev: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("securityHeaders", () => {
  const base = { nonce: "n", dev: false, https: false, noStore: false };

  it("always sends nosniff, a strict referrer policy, no browser features and no framing", () => {
    const headers = securityHeaders(base);
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "Permissions-Policy": PERMISSIONS_POLICY,
      "X-Frame-Options": "DENY",
    });
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
  });

  it("sends HSTS only over https", () => {
    expect(securityHeaders(base)).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ ...base, https: true })["Strict-Transport-Security"]).toBe(HSTS);
    expect(HSTS).toBe("max-age=31536000; includeSubDomains");
  });

  it("forbids caching when the response may hold personal data", () => {
    expect(securityHeaders(base)).not.toHaveProperty("Cache-Control");
    expect(securityHeaders({ ...base, noStore: true })["Cache-Control"]).toBe("private, no-store");
  });
});

describe("isHttps", () => {
  it.each([
    ["https://meridian.example.edu", "http://localhost:3000/x", null, true],
    ["http://localhost:3000", "http://localhost:3000/x", "https", true],
    ["http://localhost:3000", "http://localhost:3000/x", "https, http", true],
    ["http://localhost:3000", "http://localhost:3000/x", "HTTPS", true],
    ["http://localhost:3000", "http://localhost:3000/x", "http", false],
    [undefined, "http://localhost:3000/x", null, false],
    [undefined, "https://meridian.example.edu/x", null, true],
  ])("public %s, request %s, forwarded %s → %s", (publicUrl, requestUrl, forwarded, expected) => {
    expect(isHttps(publicUrl, requestUrl, forwarded)).toBe(expected);
  });
});
