import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { EMBEDDED_DATABASE } from "@/lib/postgres/target";

// What the end-to-end server (scripts/e2e-server.ts) tells the specs about itself: where
// its database and secret are, and how to reach the test identity provider. A file per port,
// because specs run in other processes than the server.

export type E2eServerInfo = {
  /** The server's data folder (embedded database, generated secret). */
  dataDir: string;
  /** Set on the external-database path; otherwise the embedded cluster in dataDir. */
  databaseUrl?: string;
  /** Set when the server was given one; otherwise generated in dataDir by the start script. */
  nextauthSecret?: string;
  oidc: { issuer: string; accountsUrl: string; controlToken: string; studentDomain: string; buttonLabel: string };
};

export const e2eServerInfoPath = (port: number | string) => resolve("e2e/.auth", `server-${port}.json`);

export function writeE2eServerInfo(port: number | string, info: E2eServerInfo): () => void {
  const path = e2eServerInfoPath(port);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(info, null, 2), { mode: 0o600 });
  return () => rmSync(path, { force: true });
}

export function readE2eServerInfo(port: number | string): E2eServerInfo {
  return JSON.parse(readFileSync(e2eServerInfoPath(port), "utf8")) as E2eServerInfo;
}

/** The session-token secret the server runs with. */
export function e2eNextauthSecret(info: E2eServerInfo): string {
  if (info.nextauthSecret) return info.nextauthSecret;
  const file = join(info.dataDir, "nextauth-secret");
  if (!existsSync(file)) throw new Error(`No NEXTAUTH_SECRET for the e2e server (${file})`);
  return readFileSync(file, "utf8").trim();
}

/**
 * The server's database URL. For the embedded cluster, read from the state file the start
 * script keeps beside it (lib/postgres/embedded.ts) — only read: a spec must never start or
 * stop the server's cluster.
 */
export function e2eDatabaseUrl(info: E2eServerInfo): string {
  if (info.databaseUrl) return info.databaseUrl;
  const state = JSON.parse(readFileSync(join(info.dataDir, "postgres.json"), "utf8")) as { port: number; password: string };
  return `postgresql://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${EMBEDDED_DATABASE}`;
}
