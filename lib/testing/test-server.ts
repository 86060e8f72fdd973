import { randomBytes } from "node:crypto";
import { dropDatabase, ensureDatabase, withDatabaseName } from "@/lib/postgres/admin";
import { startEmbeddedCluster } from "@/lib/postgres/embedded";
import { env } from "@/lib/env";

// Tests never touch the database DATABASE_URL names: they create a fresh database on that
// server, or on an embedded cluster of their own (`.data/test-postgres`, apart from the
// app's, so a running `npm start` is undisturbed), and drop it afterwards.

export type TestDatabase = { url: string; drop: () => Promise<void> };

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const { DATABASE_URL, MERIDIAN_DATA_DIR } = env();
  const cluster = DATABASE_URL
    ? { url: DATABASE_URL, stop: async () => {} }
    : await startEmbeddedCluster({ dataDir: MERIDIAN_DATA_DIR, name: "test-postgres", preferredPort: 54339 });
  const name = `meridian_${label}_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(cluster.url, name);
  return {
    url: withDatabaseName(cluster.url, name),
    drop: async () => {
      await dropDatabase(cluster.url, name);
      await cluster.stop();
    },
  };
}
