import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { withDatabaseName } from "@/lib/postgres/admin";
import { clusterDir } from "@/lib/postgres/embedded";
import { EMBEDDED_DATABASE } from "@/lib/postgres/target";

// How Playwright specs reach the database of the server they test, to seed data (canary
// values) and to prove that refused requests changed nothing. scripts/e2e-server.ts writes
// this small file beside its temporary data folder; the specs find it by the data folder
// and the port, both of which they share with it. Nothing of this is in the app or its
// build: it exists only while `playwright test` runs its own server.

type E2eServerInfo = {
  pid: number;
  /** The server's own data folder (embedded cluster, secret). */
  dataDir: string;
  /** The external database made for the run, or null: the embedded cluster's, read when needed. */
  databaseUrl: string | null;
};

export function e2eServerInfoFile(parentDataDir: string, port: number): string {
  return resolve(parentDataDir, `e2e-server-${port}.json`);
}

export function writeE2eServerInfo(file: string, info: E2eServerInfo): () => void {
  // It names a database password (external path) or where one is kept: owner-only.
  writeFileSync(file, JSON.stringify(info), { mode: 0o600 });
  return () => rmSync(file, { force: true });
}

/**
 * The URL of the database the e2e server uses. On the embedded path the start script
 * picks the cluster's port and password when it starts, and keeps them beside the cluster.
 */
export function e2eDatabaseUrl(parentDataDir: string, port: number): string {
  const file = e2eServerInfoFile(parentDataDir, port);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run the specs through \`npx playwright test\`, which starts scripts/e2e-server.ts.`);
  }
  const info = JSON.parse(readFileSync(file, "utf8")) as E2eServerInfo;
  if (info.databaseUrl) return info.databaseUrl;
  const state = JSON.parse(readFileSync(`${clusterDir(info.dataDir)}.json`, "utf8")) as { port: number; password: string };
  const server = `postgresql://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/postgres`;
  return withDatabaseName(server, EMBEDDED_DATABASE);
}
