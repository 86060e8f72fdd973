// `npm run db:generate-large -- --database meridian_large [--partners 20000] [--agreements 100000] [--exchanges 1000000]`
// Creates the named database on DATABASE_URL's server (or in the embedded cluster), applies
// the migrations, loads the demo data (so the demo accounts can sign in) and fills it to
// the given sizes (lib/seed/large.ts). The bench (bench/README.md) runs against it.
import { parseArgs } from "node:util";
import { Client } from "pg";
import { createPrismaClient } from "@/lib/db";
import { env } from "@/lib/env";
import { deployMigrations } from "@/lib/migrations/commands";
import { connectionFields, ensureDatabase, withDatabaseName } from "@/lib/postgres/admin";
import { startEmbeddedCluster } from "@/lib/postgres/embedded";
import { seedDemoData } from "@/lib/seed/demo";
import { FULL_SIZE, generateLarge } from "@/lib/seed/large";

const { values } = parseArgs({
  options: {
    database: { type: "string" },
    partners: { type: "string", default: String(FULL_SIZE.partners) },
    agreements: { type: "string", default: String(FULL_SIZE.agreements) },
    exchanges: { type: "string", default: String(FULL_SIZE.exchanges) },
  },
});

const count = (name: "partners" | "agreements" | "exchanges") => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
  return value;
};

async function main() {
  const name = values.database;
  if (!name || !/^[a-z][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error("name the database to fill, e.g. npm run db:generate-large -- --database meridian_large");
  }
  const sizes = { partners: count("partners"), agreements: count("agreements"), exchanges: count("exchanges") };
  const config = env();
  const cluster = config.DATABASE_URL ? null : await startEmbeddedCluster({ dataDir: config.MERIDIAN_DATA_DIR });
  const serverUrl = config.DATABASE_URL ?? cluster!.url;
  try {
    await ensureDatabase(serverUrl, name);
    const url = withDatabaseName(serverUrl, name);
    await deployMigrations(url);
    const prisma = createPrismaClient(url, 2);
    try {
      if (await prisma.partner.count()) throw new Error(`database "${name}" already holds data: drop it or name another`);
      const started = performance.now();
      await seedDemoData(prisma, { password: config.MERIDIAN_DEMO_PASSWORD });
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await generateLarge(client, sizes, (line) => console.log(line));
      } finally {
        await client.end();
      }
      const { host, port } = connectionFields(url);
      console.log(`filled "${name}" on ${host}:${port} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      if (!cluster) console.log(`run the app on it: DATABASE_URL=${url} NEXTAUTH_SECRET=… npm start`);
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await cluster?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
