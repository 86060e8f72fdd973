import type { TestProject } from "vitest/node";
import { deployMigrations } from "@/lib/migrations/commands";
import { createTestDatabase } from "./test-server";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One migrated database for the whole `db` tier; tests make their own uniquely named data,
// so files can run in parallel against it.
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("test");
  await deployMigrations(database.url);
  project.provide("databaseUrl", database.url);
  return database.drop;
}
