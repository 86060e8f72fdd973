import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, env } from "@/lib/env";

// One adapter-pg Prisma client per process. Secrets are omitted from every query unless a
// query asks for them by name (`omit: { passwordHash: false }`), so they cannot leak into a DTO.

export function createPrismaClient(url: string, poolMax = 10) {
  const adapter = new PrismaPg({
    connectionString: url,
    max: poolMax,
    // pg waits forever for a free connection by default; a bounded wait fails politely.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 10_000,
    // PostgreSQL's default prices a random page read at 4 sequential ones, a spinning disk's
    // ratio; our data sits in memory or on SSD. With it, the planner read all 100,000 agreements
    // for a two-word search (the per-row search text costs it nothing) instead of the trigram
    // indexes: 240 ms against 79 ms (bench/README.md). 1.1 is the usual SSD setting.
    options: "-c random_page_cost=1.1",
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true, totpSecret: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;

const globalForDb = globalThis as unknown as { meridianDb?: Db };

/** The app's client, created on first use (so `next build` needs no database). */
export function db(): Db {
  globalForDb.meridianDb ??= createPrismaClient(databaseUrl(), env().DATABASE_POOL_MAX);
  return globalForDb.meridianDb;
}
