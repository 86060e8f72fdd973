import { headers } from "next/headers";

export const REQUEST_ID_HEADER = "x-request-id";

/** The id the proxy gave this request (echoed in the response header and in every log line). */
export async function requestId(): Promise<string | undefined> {
  return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
}
