import { unstable_doesMiddlewareMatch as doesProxyMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

// Which requests the proxy (security headers, request id, sign-in redirect) runs on, asked of
// Next's own matcher. The upload endpoints stay out: Next cuts the body of a proxied request
// at 10 MB, below the 20 MB a signed scan may have.
const runsOn = (url: string) => doesProxyMatch({ config, url });

describe("the proxy's matcher", () => {
  it("runs on pages, their data requests, downloads, exports and API routes", () => {
    for (const url of ["/", "/partners", "/partners?q=x", "/agreements/0b6c/edit", "/agreements/0b6c/documents/9f1e", "/agreements/export?format=csv", "/partners/import", "/agreements/import/template", "/api/auth/session", "/agreements/0b6c.rsc"]) {
      expect(runsOn(url), url).toBe(true);
    }
  });

  it("leaves out the build's static files and the two upload endpoints", () => {
    for (const url of ["/_next/static/chunks/app.js", "/favicon.ico", "/agreements/0b6c/documents", "/partners/import/run", "/agreements/import/run"]) {
      expect(runsOn(url), url).toBe(false);
    }
  });
});
