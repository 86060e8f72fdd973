import { ensureDatabase, withDatabaseName } from "./admin";
import { startEmbeddedCluster } from "./embedded";

// Which database a command works on: the server DATABASE_URL names, or else the embedded
// cluster under the data folder (its `meridian` database), started for the command if no
// `npm start` is running it already.

export type DatabaseTarget = {
  url: string;
  embedded: boolean;
  close: () => Promise<void>;
};

export const EMBEDDED_DATABASE = "meridian";

export async function openDatabaseTarget(options: {
  databaseUrl?: string;
  dataDir: string;
  log?: (line: string) => void;
}): Promise<DatabaseTarget> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, close: async () => {} };
  const cluster = await startEmbeddedCluster({ dataDir: options.dataDir, log: options.log });
  await ensureDatabase(cluster.url, EMBEDDED_DATABASE);
  return { url: withDatabaseName(cluster.url, EMBEDDED_DATABASE), embedded: true, close: cluster.stop };
}
