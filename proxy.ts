import { NextResponse, type NextRequest } from "next/server";
import { isSignedInPath } from "@/lib/auth/routes";
import { env } from "@/lib/env";
import { REQUEST_ID_HEADER } from "@/lib/request-id";
import { createNonce, isHttps, NONCE_HEADER, securityHeaders } from "@/lib/security/headers";

// Convenience only: gives every request an id and its security headers (a fresh CSP nonce
// each time), and sends visitors without a session cookie from signed-in pages to /login
// (and back afterwards). It authorises nothing — every page, action and route handler
// checks the caller itself (lib/data); the e2e specs prove it with the proxy bypassed.
const SESSION_COOKIES = ["meridian.session", "__Host-meridian.session"];

export function proxy(request: NextRequest) {
  const id = crypto.randomUUID();
  const nonce = createNonce();
  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  const config = env();
  const headers = securityHeaders({
    nonce,
    dev: config.NODE_ENV === "development",
    https: isHttps(config.NEXTAUTH_URL, request.url, request.headers.get("x-forwarded-proto")),
    noStore: hasSession || isSignedInPath(pathname),
  });

  let response: NextResponse;
  if (!hasSession && isSignedInPath(pathname) && request.method === "GET") {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(login);
  } else {
    // Next reads the nonce from the request's CSP header and puts it on its own scripts.
    const forwarded = new Headers(request.headers);
    forwarded.set(REQUEST_ID_HEADER, id);
    forwarded.set(NONCE_HEADER, nonce);
    forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"] ?? "");
    response = NextResponse.next({ request: { headers: forwarded } });
  }
  response.headers.set(REQUEST_ID_HEADER, id);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Everything but the build's static files and the two upload endpoints: pages, their RSC and
// prefetch requests, server actions and API routes. Static files are the same for everyone and
// carry no data. Next buffers the body of every request the proxy runs on and cuts it at
// 10 MB (experimental.proxyClientMaxBodySize), which would truncate a 20 MB signed scan or
// import file; those routes check the caller and the size themselves and answer JSON.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|agreements/[^/]+/documents$|(?:partners|agreements)/import/run$).*)"],
};
