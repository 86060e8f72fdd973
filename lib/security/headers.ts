// The security headers every response gets (ASVS 3.4, SECURITY.md §3), chosen per request
// by proxy.ts. Pure functions, so the policy is unit-tested without a server.

/** Request header carrying this request's CSP nonce to server components (Next's guide). */
export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: unguessable and unique per request, as CSP nonces must be. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type PolicyOptions = {
  nonce: string;
  /** `next dev`: React needs eval for its debugging aids there (never in production). */
  dev: boolean;
  /** Served over https: browsers are told to upgrade any stray http subresource. */
  https: boolean;
};

/**
 * The Content-Security-Policy of a response (Next 16's guide "Content Security Policy").
 *
 * - Scripts: only those carrying this request's nonce, which Next adds to its own scripts,
 *   and what they load ('strict-dynamic'); no 'unsafe-inline'. 'self' is a fallback for
 *   browsers without 'strict-dynamic' (CSP 2), which ignore the nonce-less inline scripts anyway.
 * - Styles: our stylesheet is a file ('self'). <style> elements need the nonce: Next puts
 *   it on its own, and react-aria, which inserts one for pressable elements
 *   (`touch-action`) and modals, reads it from <meta name="csp-nonce"> (app/layout.tsx).
 *   Inline style *attributes* are allowed (style-src-attr 'unsafe-inline'): react-aria
 *   server-renders them — the visually hidden native <select> behind every Select
 *   (HiddenSelect), VisuallyHidden, overlay positions — as do `style` props such as the
 *   Table's maxHeight and the last-resort global error page; blocked, hidden things would
 *   show and layouts break. A style attribute cannot run script, and what it could fetch
 *   is limited by img-src and font-src. Browsers without style-src-attr fall back to the
 *   stricter style-src.
 */
export function contentSecurityPolicy({ nonce, dev, https }: PolicyOptions): string {
  const directives: (readonly [string, ...string[]])[] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", `'nonce-${nonce}'`],
    ["style-src-elem", "'self'", `'nonce-${nonce}'`],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "blob:", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"] as const] : []),
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** Every feature a browser could offer a page, off: the app needs none of them. */
export const PERMISSIONS_POLICY = [
  "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture",
  "geolocation", "gyroscope", "hid", "magnetometer", "microphone", "midi", "payment",
  "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

export const HSTS = "max-age=31536000; includeSubDomains";

export type SecurityHeaderOptions = PolicyOptions & {
  /**
   * The response may hold personal data (a signed-in page, or any request with a session
   * cookie): no cache — browser, proxy or back/forward — may keep it (ASVS 14.3.2).
   */
  noStore: boolean;
};

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    // Stricter than the browsers' default: other sites learn nothing, not even our origin.
    // Same-origin requests keep their Referer and Origin, which server actions check.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    // For browsers older than CSP's frame-ancestors.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": HSTS } : {}),
    ...(options.noStore ? { "Cache-Control": "private, no-store" } : {}),
  };
}

/**
 * Whether the visitor reached us over https: the configured public address says so, or the
 * TLS-terminating proxy in front of us does (x-forwarded-proto). HSTS sent over plain http
 * is ignored by browsers anyway, but we send it only where it is true.
 */
export function isHttps(publicUrl: string | undefined, requestUrl: string, forwardedProto: string | null): boolean {
  if (publicUrl?.startsWith("https://")) return true;
  if (requestUrl.startsWith("https://")) return true;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
