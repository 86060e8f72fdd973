import { join, resolve } from "node:path";

/** What scripts/e2e-server.ts tells the specs about the database of the server they test. */
export type E2eServerInfo = { dataDir: string; databaseUrl: string | null };

export function e2eServerInfoFile(dataDir: string, port: number): string {
  return join(resolve(dataDir), `e2e-server-${port}.json`);
}
