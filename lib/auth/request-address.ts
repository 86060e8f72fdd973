import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress, PEER_ADDRESS_HEADER } from "./client-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function read(source: HeaderSource, name: string) {
  return source instanceof Headers ? source.get(name) : source[name];
}

/** The client's address from a request's headers (next-auth's authorize gets a plain object). */
export function addressFrom(source: HeaderSource): string {
  return clientAddress({ forwardedFor: read(source, "x-forwarded-for"), peer: read(source, PEER_ADDRESS_HEADER) }, env().TRUST_PROXY);
}

/** The current request's client address, in server components and actions. */
export async function requestAddress(): Promise<string> {
  return addressFrom(await headers());
}
