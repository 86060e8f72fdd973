// `npm start` (production server) and `npm run dev` (development server): database,
// migrations, demo data, build when needed, then Next.js — one command, no configuration.
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { ConfigError, env } from "@/lib/env";
import { resolveAuthSecret } from "./lib/auth-secret";
import { acquireInstanceLock, AlreadyRunningError } from "./lib/instance-lock";
import { buildNext, needsBuild, runNext, waitUntilServing } from "./lib/next-process";
import { prepareDatabase } from "./lib/prepare-database";

const say = (line: string) => console.log(`[meridian] ${line}`);

async function main() {
  const { values } = parseArgs({ options: { dev: { type: "boolean", default: false } } });
  const dev = values.dev ?? false;
  const started = performance.now();
  const config = env();
  const dataDir = resolve(config.MERIDIAN_DATA_DIR);
  const url = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
  const releaseLock = acquireInstanceLock(dataDir, url);
  process.on("exit", releaseLock);

  const secret = resolveAuthSecret({
    configured: config.NEXTAUTH_SECRET,
    dataDir,
    embedded: !config.DATABASE_URL,
    production: !dev,
  });

  // The build is CPU-bound and the database start is mostly waiting: do both at once.
  const building = !dev && needsBuild();
  if (building) say("Building the app (first start, or sources changed)…");
  const [database] = await Promise.all([prepareDatabase(config, say), building ? buildNext(process.env) : undefined]);
  say(database.target.embedded ? `Database: embedded PostgreSQL 15 in ${config.MERIDIAN_DATA_DIR}/postgres` : "Database: DATABASE_URL");

  const server = runNext([dev ? "dev" : "start", "--port", String(config.PORT)], {
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
    DATABASE_URL: database.target.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: url,
    MERIDIAN_DEMO: database.demo ? "1" : "0",
  });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`Stopping (${signal})…`);
    if (server.exitCode === null) server.kill("SIGTERM");
    await new Promise((done) => (server.exitCode !== null ? done(null) : server.once("exit", done)));
    await database.target.close();
    say("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  server.on("exit", (code) => {
    if (stopping) return;
    say(`The server exited (code ${code}).`);
    void database.target.close().then(() => process.exit(code ?? 1));
  });

  await waitUntilServing(`http://127.0.0.1:${config.PORT}`, server);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(`Meridian is ready at ${url} (started in ${seconds} s)`);
  if (database.demo) {
    say(`Demo sign-ins, password "${config.MERIDIAN_DEMO_PASSWORD}":`);
    say("  admin@example.edu    (administrator)");
    say("  staff@example.edu    (staff)");
    say("  student@example.edu  (student)");
  }
  if (database.empty) {
    say("The database has no users yet. Create the first administrator with:");
    say("  npm run user:create -- --role admin --email you@your-university.edu");
  }
  say("Press Ctrl-C to stop.");
}

main().catch((error: unknown) => {
  if (error instanceof AlreadyRunningError || error instanceof ConfigError) {
    console.error(`[meridian] ${error.message}`);
  } else {
    console.error("[meridian] Could not start:", error);
  }
  process.exit(1);
});
