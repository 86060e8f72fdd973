// `npm run db:<command>`: Meridian's database commands, on the configured database
// (DATABASE_URL, or else the embedded cluster, started for the command when `npm start` is
// not already running it). prisma/README.md explains the migrations.
//   db:migrate -- --name add_x [--accept-data-loss]   write a migration for schema changes, apply it
//   db:deploy                                         apply pending migrations
//   db:status                                         applied and pending migrations, drift
//   db:reset [-- --force]                             drop everything, re-apply the migrations
//   db:seed -- --demo                                 load the demo data
import { createInterface } from "node:readline/promises";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { createPrismaClient } from "@/lib/db";
import { env } from "@/lib/env";
import {
  createMigration,
  deployMigrations,
  MigrationError,
  migrationStatus,
  resetDatabase,
} from "@/lib/migrations/commands";
import { connectionFields } from "@/lib/postgres/admin";
import { openDatabaseTarget } from "@/lib/postgres/target";
import { seedDemoData } from "@/lib/seed/demo";

type Options = NonNullable<ParseArgsConfig["options"]>;

const commandOptions = {
  migrate: { name: { type: "string" }, "accept-data-loss": { type: "boolean" } },
  deploy: {},
  status: {},
  reset: { force: { type: "boolean" } },
  seed: { demo: { type: "boolean" } },
} satisfies Record<string, Options>;

type Command = keyof typeof commandOptions;
type Flags = { name?: string; "accept-data-loss"?: boolean; force?: boolean; demo?: boolean };

async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const config = env();
  const target = await openDatabaseTarget({ databaseUrl: config.DATABASE_URL, dataDir: config.MERIDIAN_DATA_DIR });
  try {
    return await work(target.url);
  } finally {
    await target.close();
  }
}

function describeDatabase(): string {
  const { DATABASE_URL, MERIDIAN_DATA_DIR } = env();
  if (!DATABASE_URL) return `the embedded database in ${MERIDIAN_DATA_DIR}/postgres`;
  const { host, port, database } = connectionFields(DATABASE_URL);
  return `database "${database}" on ${host}:${port}`;
}

async function migrate(flags: Flags) {
  const { name } = flags;
  if (!name) throw new Error("name the migration: npm run db:migrate -- --name add_something");
  const created = await withDatabase((url) => createMigration(url, name, { acceptDataLoss: flags["accept-data-loss"] }));
  if (created.name === null) {
    console.log("no changes");
    return;
  }
  for (const warning of created.warnings) console.log(`warning: ${warning}`);
  console.log(`wrote ${created.name}`);
}

async function deploy() {
  const applied = await withDatabase(deployMigrations);
  console.log(applied.length ? `applied ${applied.join(", ")}` : "no pending migrations");
}

async function status() {
  const { applied, pending, failed, edited, unknown, drift } = await withDatabase(migrationStatus);
  console.log(`Database: ${describeDatabase()}`);
  const rows: [string, string[]][] = [
    ["applied", applied],
    ["pending", pending],
    ["failed", failed],
    ["edited since applied", edited],
    ["applied, not in prisma/migrations", unknown],
  ];
  for (const [label, names] of rows) for (const name of names) console.log(`  ${label}: ${name}`);
  if (rows.every(([, names]) => names.length === 0)) console.log("  no migrations");
  console.log(drift ? `\n${drift.trim()}` : "\nThe database schema matches its migrations.");
}

async function confirm(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await prompt.question(question)).trim().toLowerCase() === "yes";
  } finally {
    prompt.close();
  }
}

async function reset(flags: Flags) {
  const where = describeDatabase();
  if (!flags.force) {
    // Without a terminal nobody can answer: refuse rather than wipe or hang.
    if (!process.stdin.isTTY) throw new Error(`not a terminal: add --force to reset ${where}`);
    if (!(await confirm(`This deletes every table and all data in ${where}. Type yes to continue: `))) {
      throw new Error("reset cancelled");
    }
  }
  const applied = await withDatabase(resetDatabase);
  console.log(`reset ${where}; applied ${applied.length ? applied.join(", ") : "no migrations"}`);
}

async function seed(flags: Flags) {
  if (!flags.demo) {
    console.log("Only demo data exists for now: npm run db:seed -- --demo");
    console.log("To create the first administrator: npm run user:create -- --role admin --email you@your-university.edu");
    return;
  }
  const password = env().MERIDIAN_DEMO_PASSWORD;
  const summary = await withDatabase(async (url) => {
    const applied = await deployMigrations(url);
    if (applied.length) console.log(`applied ${applied.join(", ")}`);
    const client = createPrismaClient(url, 2);
    try {
      return await seedDemoData(client, { password });
    } finally {
      await client.$disconnect();
    }
  });
  const { users, partners, agreements } = summary.counts;
  console.log(`seeded ${users} users, ${partners} partners, ${agreements} agreements; demo password "${password}"`);
}

const run: Record<Command, (flags: Flags) => Promise<void>> = { migrate, deploy, status, reset, seed };

function isCommand(value: string | undefined): value is Command {
  return value !== undefined && Object.hasOwn(commandOptions, value);
}

// Engine errors come with a Rust backtrace and blank lines: keep the words, on one line, and
// the name of the migration that failed, which only the backtrace gives.
function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const [words = text] = text.split(/\n\s+0: /);
  const migration = /migration_name="([^"]+)"/.exec(text)?.[1];
  return `${words.replace(/\s+/g, " ").trim()}${migration ? ` (migration ${migration})` : ""}`;
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!isCommand(command)) throw new Error(`usage: npm run db:${Object.keys(commandOptions).join("|db:")} [-- options]`);
  const { values } = parseArgs({ args: rest, options: commandOptions[command] });
  await run[command](values as Flags);
}

main().catch((error: unknown) => {
  console.error(`db: ${oneLine(error)}`);
  if (env().LOG_LEVEL === "debug" || env().LOG_LEVEL === "trace") {
    if (error instanceof MigrationError && error.details) console.error(error.details.trim());
    console.error(error);
  }
  process.exit(1);
});
