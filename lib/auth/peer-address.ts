import http from "node:http";
import https from "node:https";
import { PEER_ADDRESS_HEADER } from "./client-address";

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
const PATCHED = Symbol.for("meridian.peerAddress");

/**
 * Stamps every incoming request with its socket's address (lib/auth/client-address.ts):
 * App Router handlers cannot reach the socket. Run once, from instrumentation's register(),
 * which runs in the server process before it handles requests.
 */
export function stampPeerAddresses(): void {
  for (const prototype of [http.Server.prototype, https.Server.prototype] as unknown as Record<string | symbol, unknown>[]) {
    if (prototype[PATCHED]) continue;
    const emit = prototype.emit as Emit;
    prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return emit.call(this, event, ...args);
    } satisfies Emit;
    prototype[PATCHED] = true;
  }
}
