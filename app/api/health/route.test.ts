import { describe, expect, it } from "vitest";

describe("GET /api/health", () => {
  it("answers 503 when the database does not answer", async () => {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    process.env.DATABASE_URL = "postgresql://meridian@127.0.0.1:1/meridian";
    process.env.LOG_LEVEL = "silent";
    const { GET } = await import("./route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "unavailable" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    // Loading the route imports the whole Prisma client: generous on a busy 2-core machine.
  }, 60_000);
});
