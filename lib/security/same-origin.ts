/**
 * True when a state-changing request comes from a page of this site: its Origin header names
 * the host it was sent to. Server actions get this check from Next.js; route handlers that
 * accept a POST (document uploads) call this. Browsers send Origin with every POST.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
