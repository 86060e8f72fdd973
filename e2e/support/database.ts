import { createPrismaClient, type Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createDemoUser } from "@/lib/seed/users";
import { e2eDatabaseUrl, readE2eServerInfo } from "@/lib/testing/e2e-server-info";

// The database of the server under test (scripts/e2e-server.ts says where it is), for specs
// that seed data, check that nothing changed, or make users of their own: the demo accounts
// are shared by specs running at the same time. One small client per worker.

const PORT = Number(process.env.E2E_PORT ?? 3100);
let client: Db | undefined;

export function e2eDb(baseURL?: string): Db {
  client ??= createPrismaClient(e2eDatabaseUrl(readE2eServerInfo(baseURL ? new URL(baseURL).port : PORT)), 2);
  return client;
}

export async function e2eDatabase(): Promise<Db> {
  return e2eDb();
}

export async function closeE2eDatabase(): Promise<void> {
  const current = client;
  client = undefined;
  await current?.$disconnect();
}

export type TestUser = { id: string; email: string; password: string };

export async function createTestUser(role: Role, label = role.toLowerCase()): Promise<TestUser> {
  const email = `${label}-${crypto.randomUUID().slice(0, 8)}@e2e.example.edu`;
  const password = `e2e ${crypto.randomUUID()}`;
  const user = await createDemoUser(e2eDb(), { email, role, password });
  return { id: user.id, email: user.email, password };
}
