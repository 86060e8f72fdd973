import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, db, type Db } from "@/lib/db";
import { deployMigrations } from "@/lib/migrations/commands";
import { createDemoUser } from "@/lib/seed/users";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-server";
import { setUserDisabled, updateUser } from "./admin-users";
import type { Actor } from "./current-user";

// "There is always an active admin" is a property of the whole database, so these tests
// run on a database of their own, where they decide who the admins are. The data layer
// reaches it through db(), whose client this file swaps (Vitest isolates each file).

const globalForDb = globalThis as unknown as { meridianDb?: Db };
let scratch: TestDatabase;
let previous: Db | undefined;

beforeAll(async () => {
  scratch = await createTestDatabase("lastadmin");
  await deployMigrations(scratch.url);
  previous = globalForDb.meridianDb;
  globalForDb.meridianDb = createPrismaClient(scratch.url, 4);
});

afterAll(async () => {
  await globalForDb.meridianDb?.$disconnect();
  globalForDb.meridianDb = previous;
  await scratch.drop();
});

// Each test starts with no active admin at all and makes the ones it needs.
beforeEach(async () => {
  await db().user.updateMany({ where: { role: "ADMIN", disabledAt: null }, data: { disabledAt: new Date() } });
});

async function newAdmin(): Promise<Actor> {
  return { ...(await createDemoUser(db(), { email: `admin-${crypto.randomUUID()}@example.edu`, role: "ADMIN" })), locale: null };
}

const activeAdmins = () => db().user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { id: true } });
const auditCount = () => db().auditEvent.count();

describe("the last active admin", () => {
  it("cannot demote or disable themselves, and nothing is written", async () => {
    const only = await newAdmin();
    const events = await auditCount();
    await expect(updateUser(only, only.id, { name: only.name, role: "STAFF", ssoLinkAllowed: false, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      field: { name: "role", messageKey: "lastAdmin" },
    });
    await expect(setUserDisabled(only, only.id, true)).rejects.toMatchObject({ code: "CONFLICT", field: { messageKey: "lastAdmin" } });
    expect(await activeAdmins()).toEqual([{ id: only.id }]);
    expect(await db().user.findUniqueOrThrow({ where: { id: only.id }, select: { sessionVersion: true, version: true } })).toEqual({
      sessionVersion: 0,
      version: 1,
    });
    expect(await auditCount()).toBe(events);
  });

  it("may still be renamed, and a disabled admin does not count as active", async () => {
    const only = await newAdmin();
    const dormant = await newAdmin();
    await setUserDisabled(only, dormant.id, true);
    await updateUser(only, only.id, { name: "Renamed Admin", role: "ADMIN", ssoLinkAllowed: true, version: 1 });
    await expect(updateUser(only, only.id, { name: "Renamed Admin", role: "STUDENT", ssoLinkAllowed: true, version: 2 })).rejects.toMatchObject({
      field: { messageKey: "lastAdmin" },
    });
  });

  it("can step down once another admin is active", async () => {
    const first = await newAdmin();
    const second = await newAdmin();
    await updateUser(first, first.id, { name: first.name, role: "STAFF", ssoLinkAllowed: false, version: 1 });
    expect(await activeAdmins()).toEqual([{ id: second.id }]);
    await expect(setUserDisabled(second, second.id, true)).rejects.toMatchObject({ field: { messageKey: "lastAdmin" } });
  });
});

describe("two admins removing each other at the same moment", () => {
  it.each([
    ["demote each other", (a: Actor, b: Actor) => updateUser(a, b.id, { name: b.name, role: "STAFF", ssoLinkAllowed: false, version: 1 })],
    ["disable each other", (a: Actor, b: Actor) => setUserDisabled(a, b.id, true)],
    ["demote themselves", (a: Actor) => updateUser(a, a.id, { name: a.name, role: "STUDENT", ssoLinkAllowed: false, version: 1 })],
    ["disable themselves", (a: Actor) => setUserDisabled(a, a.id, true)],
  ])("%s: exactly one succeeds and one admin remains", async (_name, remove) => {
    for (let round = 0; round < 5; round++) {
      await db().user.updateMany({ where: { role: "ADMIN", disabledAt: null }, data: { disabledAt: new Date() } });
      const a = await newAdmin();
      const b = await newAdmin();
      const results = await Promise.allSettled([remove(a, b), remove(b, a)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refusal = results.find((result) => result.status === "rejected");
      // The loser either finds they are the last admin or that they are no longer one.
      expect(refusal?.status === "rejected" && (refusal.reason as { code?: string }).code).toMatch(/^(CONFLICT|FORBIDDEN)$/);
      expect(await activeAdmins()).toHaveLength(1);
    }
  });
});
