import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionFields } from "@/lib/postgres/admin";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-server";
import { deployMigrations } from "./commands";

// On a database of its own: it adds a migration the shared test database must not get.
describe("deployMigrations", () => {
  let database: TestDatabase;
  let migrationsDir: string;

  beforeAll(async () => {
    database = await createTestDatabase("deploy");
    migrationsDir = join(mkdtempSync(join(tmpdir(), "meridian-migrations-")), "migrations");
    cpSync("prisma/migrations", migrationsDir, { recursive: true });
  });
  afterAll(async () => {
    await database.drop();
    rmSync(join(migrationsDir, ".."), { recursive: true, force: true });
  });

  it("applies every migration to an empty database, then nothing", async () => {
    const folders = readdirSync(migrationsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(folders.slice(0, 2)).toEqual(["20261125000000_init", "20261125000100_constraints"]);
    expect(await deployMigrations(database.url, { migrationsDir })).toEqual(folders);
    expect(await deployMigrations(database.url, { migrationsDir })).toEqual([]);
  });

  it("applies a migration added to the folder later, and only it", async () => {
    mkdirSync(join(migrationsDir, "29991231000000_probe"));
    writeFileSync(join(migrationsDir, "29991231000000_probe", "migration.sql"), 'CREATE TABLE "Probe" ("id" integer PRIMARY KEY);\n');
    expect(await deployMigrations(database.url, { migrationsDir })).toEqual(["29991231000000_probe"]);

    const client = new pg.Client(connectionFields(database.url));
    await client.connect();
    const { rows } = await client.query("SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL");
    await client.end();
    expect(rows[0]?.n).toBe(readdirSync(migrationsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).length);
  });
});
