// The address a request came from, for sign-in throttling and the audit trail.
//
// Next.js passes the TCP peer's address on only as `x-forwarded-for`, and only when the
// client did not send that header itself, so that header alone could be forged by anyone.
// instrumentation.ts therefore stamps every request with the socket's address in
// PEER_ADDRESS_HEADER, overwriting whatever a client sent under that name.
//  - TRUST_PROXY off (the default, Meridian faces clients directly): the socket's address.
//  - TRUST_PROXY on (behind one reverse proxy that appends the client's address to
//    X-Forwarded-For, as nginx's $proxy_add_x_forwarded_for does): the last address in
//    X-Forwarded-For, the one our proxy saw; earlier entries came from the client.
// Without either, one constant, so all such requests share one address's limits.

export const PEER_ADDRESS_HEADER = "x-meridian-peer-address";
export const UNKNOWN_ADDRESS = "unknown";

type HeaderValue = string | readonly string[] | null | undefined;

const first = (value: HeaderValue) => (typeof value === "string" ? value : value?.[0]);

function normalise(address: string | undefined): string | undefined {
  const trimmed = address?.trim().replace(/^\[|\]$/g, "");
  if (!trimmed) return undefined;
  // "::ffff:127.0.0.1" is the IPv4 address 127.0.0.1 on a dual-stack socket.
  return trimmed.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").slice(0, 64);
}

export function clientAddress(headers: { forwardedFor?: HeaderValue; peer?: HeaderValue }, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = (Array.isArray(headers.forwardedFor) ? headers.forwardedFor.join(",") : first(headers.forwardedFor)) ?? "";
    const last = normalise(forwarded.split(",").at(-1));
    if (last) return last;
  }
  return normalise(first(headers.peer)) ?? UNKNOWN_ADDRESS;
}
