import { readFileSync } from "node:fs";
import { createPrismaClient, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { openDatabaseTarget } from "@/lib/postgres/target";
import { createDemoUser } from "@/lib/seed/users";
import type { Role } from "@/lib/generated/prisma/enums";
import { e2eServerInfoFile, type E2eServerInfo } from "./server-info";

// Specs that change an account's state (password, two-factor, throttling) make a user of
// their own, through the seed helpers, in the database of the server under test: the demo
// accounts are shared by specs running at the same time.

const PORT = Number(process.env.E2E_PORT ?? 3100);
let client: Promise<Db> | undefined;

export function e2eDatabase(): Promise<Db> {
  client ??= (async () => {
    const info = JSON.parse(readFileSync(e2eServerInfoFile(env().MERIDIAN_DATA_DIR, PORT), "utf8")) as E2eServerInfo;
    const url = info.databaseUrl ?? (await openDatabaseTarget({ dataDir: info.dataDir })).url;
    return createPrismaClient(url, 2);
  })();
  return client;
}

export async function closeE2eDatabase(): Promise<void> {
  const current = client;
  client = undefined;
  await (await current)?.$disconnect();
}

export type TestUser = { id: string; email: string; password: string };

export async function createTestUser(role: Role, label = role.toLowerCase()): Promise<TestUser> {
  const email = `${label}-${crypto.randomUUID().slice(0, 8)}@e2e.example.edu`;
  const password = `e2e ${crypto.randomUUID()}`;
  const user = await createDemoUser(await e2eDatabase(), { email, role, password });
  return { id: user.id, email: user.email, password };
}
