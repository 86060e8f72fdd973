import { db } from "@/lib/db";
import { log } from "@/lib/log";

// For load balancers: 200 when the database answers, 503 when it does not.
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", db: "ok" }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    log.error({ err: error }, "health check: database unavailable");
    return Response.json({ status: "error", db: "unavailable" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
