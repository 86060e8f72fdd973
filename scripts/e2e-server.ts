// The server Playwright tests against: the real start script on a fresh database of its
// own. Without DATABASE_URL it is a brand-new embedded cluster in a temporary data folder
// (the embedded path); with DATABASE_URL, a fresh database created on that server (the
// external path, in demo mode, with a configured secret as production requires).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { env } from "@/lib/env";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-server";
import { e2eServerInfoFile, type E2eServerInfo } from "@/e2e/support/server-info";

async function main() {
  const config = env();
  mkdirSync(config.MERIDIAN_DATA_DIR, { recursive: true });
  const dataDir = mkdtempSync(join(resolve(config.MERIDIAN_DATA_DIR), "e2e-"));
  // mkdtemp makes it private (0700); run as root, PostgreSQL runs as `postgres` and must enter it.
  chmodSync(dataDir, 0o755);
  const childEnv: NodeJS.ProcessEnv = { ...process.env, MERIDIAN_DATA_DIR: dataDir, MERIDIAN_DEMO: "1", LOG_LEVEL: "warn" };
  let database: TestDatabase | undefined;
  if (config.DATABASE_URL) {
    database = await createTestDatabase("e2e");
    childEnv.DATABASE_URL = database.url;
    childEnv.NEXTAUTH_SECRET = randomBytes(32).toString("base64");
  } else {
    delete childEnv.DATABASE_URL;
  }

  // Where this server's database is, for specs that make their own users (e2e/support/database.ts).
  const infoFile = e2eServerInfoFile(config.MERIDIAN_DATA_DIR, config.PORT);
  writeFileSync(infoFile, JSON.stringify({ dataDir, databaseUrl: database?.url ?? null } satisfies E2eServerInfo));

  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env: childEnv, stdio: "inherit" });
  const cleanUp = async () => {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(infoFile, { force: true });
  };
  const stop = (signal: NodeJS.Signals) => {
    if (server.exitCode === null) server.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  server.on("exit", (code) => void cleanUp().then(() => process.exit(code ?? 0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
