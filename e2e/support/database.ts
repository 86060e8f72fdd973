import { createPrismaClient, type Db } from "@/lib/db";
import { e2eDatabaseUrl, readE2eServerInfo } from "@/lib/testing/e2e-server-info";

// The database of the server under test, for specs that seed data or check that nothing
// changed (scripts/e2e-server.ts says where it is). One small client per worker.

let client: Db | undefined;

export function e2eDb(baseURL: string | undefined): Db {
  if (!baseURL) throw new Error("baseURL is not set (playwright.config.ts)");
  client ??= createPrismaClient(e2eDatabaseUrl(readE2eServerInfo(new URL(baseURL).port)), 2);
  return client;
}
