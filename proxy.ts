import { NextResponse, type NextRequest } from "next/server";
import { isSignedInPath } from "@/lib/auth/routes";
import { REQUEST_ID_HEADER } from "@/lib/request-id";

// Convenience only: gives every request an id and sends visitors without a session cookie
// from signed-in pages to /login (and back afterwards). It authorises nothing — every page,
// action and route handler checks the caller itself (lib/data).
const SESSION_COOKIES = ["meridian.session", "__Host-meridian.session"];

export function proxy(request: NextRequest) {
  const id = crypto.randomUUID();
  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));

  if (!hasSession && isSignedInPath(pathname) && request.method === "GET") {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    const response = NextResponse.redirect(login);
    response.headers.set(REQUEST_ID_HEADER, id);
    return response;
  }

  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, id);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, id);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
