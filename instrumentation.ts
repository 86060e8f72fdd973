import type { Instrumentation } from "next";

// Sign-in throttling needs each request's socket address, which App Router code cannot see.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampPeerAddresses } = await import("@/lib/auth/peer-address");
  stampPeerAddresses();
}

// Unexpected server errors are logged once here, as a JSON line with the request id and the
// digest that the polite error page shows the user, so a quoted reference finds the stack.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/lib/log");
  const header = request.headers["x-request-id"];
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  log.error(
    {
      err: error,
      digest,
      requestId: Array.isArray(header) ? header[0] : header,
      path: request.path,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
};
