import { createPrismaClient } from "@/lib/db";
import type { Env } from "@/lib/env";
import { deployMigrations } from "@/lib/migrations/commands";
import { openDatabaseTarget, type DatabaseTarget } from "@/lib/postgres/target";
import { hasAnyUser, seedDemoData } from "@/lib/seed/demo";

export type PreparedDatabase = {
  target: DatabaseTarget;
  applied: string[];
  seeded: boolean;
  /** Demo logins may be shown: demo mode and the demo accounts exist. */
  demo: boolean;
  /** No user at all and no demo data: the first admin must be created by hand. */
  empty: boolean;
};

/**
 * Opens the database (embedded or DATABASE_URL), applies pending migrations and seeds demo
 * data when it has no users and is either the embedded one or MERIDIAN_DEMO=1.
 */
export async function prepareDatabase(config: Env, log: (line: string) => void): Promise<PreparedDatabase> {
  const target = await openDatabaseTarget({ databaseUrl: config.DATABASE_URL, dataDir: config.MERIDIAN_DATA_DIR });
  try {
    const applied = await deployMigrations(target.url);
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
    const demoMode = target.embedded || config.MERIDIAN_DEMO;
    const client = createPrismaClient(target.url, 2);
    try {
      const hasUsers = await hasAnyUser(client);
      const seeded = !hasUsers && demoMode;
      if (seeded) {
        log("Seeding demo data…");
        await seedDemoData(client, { password: config.MERIDIAN_DEMO_PASSWORD });
      }
      const demo = demoMode && (await client.user.count({ where: { email: "admin@example.edu" } })) > 0;
      return { target, applied, seeded, demo, empty: !hasUsers && !seeded };
    } finally {
      await client.$disconnect();
    }
  } catch (error) {
    await target.close();
    throw error;
  }
}
