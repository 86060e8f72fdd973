import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployMigrations } from "@/lib/migrations/commands";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-server";
import { createDemoUser } from "./users";
import { createPrismaClient } from "@/lib/db";
import { generateLarge } from "./large";

// The large-data generator on a database of its own, at a small size: the shape the bench
// relies on (counts, links, names in two scripts), not the speed.

let scratch: TestDatabase;
let client: Client;

beforeAll(async () => {
  scratch = await createTestDatabase("large");
  await deployMigrations(scratch.url);
  const prisma = createPrismaClient(scratch.url, 1);
  await createDemoUser(prisma, { email: "owner@example.edu", role: "STAFF" });
  await prisma.$disconnect();
  client = new Client({ connectionString: scratch.url });
  await client.connect();
  await generateLarge(client, { partners: 300, agreements: 900, exchanges: 3000 });
});

afterAll(async () => {
  await client.end();
  await scratch.drop();
});

const one = async (sql: string) => Object.values((await client.query(sql)).rows[0] as Record<string, unknown>)[0];

describe("generateLarge", () => {
  it("makes exactly the rows asked for", async () => {
    expect(await one(`SELECT count(*)::int FROM "Partner"`)).toBe(300);
    expect(await one(`SELECT count(*)::int FROM "Agreement"`)).toBe(900);
    expect(await one(`SELECT count(*)::int FROM "Exchange"`)).toBe(3000);
  });

  it("gives every agreement one or two partners, the first named in its title, and an owner", async () => {
    expect(await one(`SELECT count(*)::int FROM "Agreement" a WHERE NOT EXISTS (SELECT 1 FROM "AgreementPartner" ap WHERE ap."agreementId" = a.id)`)).toBe(0);
    expect(await one(`SELECT max(c)::int FROM (SELECT count(*) c FROM "AgreementPartner" GROUP BY "agreementId") t`)).toBeLessThanOrEqual(2);
    expect(await one(`SELECT count(*)::int FROM "Agreement" WHERE "ownerId" IS NULL`)).toBe(0);
  });

  it("spreads statuses, kinds and dates like a real register: live, expired and open negotiations", async () => {
    const statuses = (await client.query<{ status: string }>(`SELECT DISTINCT status::text FROM "Agreement"`)).rows.map((row) => row.status);
    expect(statuses).toEqual(expect.arrayContaining(["ACTIVE", "EXPIRED", "DRAFT", "TERMINATED"]));
    expect(await one(`SELECT count(DISTINCT kind)::int FROM "Agreement"`)).toBe(9);
    expect(await one(`SELECT count(*)::int FROM "Agreement" WHERE "effectiveOn" > "expiresOn"`)).toBe(0);
  });

  it("names Chinese-speaking partners in Chinese too, so search is tested in both scripts", async () => {
    expect(await one(`SELECT count(*)::int FROM "Partner" WHERE country = 'CN' AND "nameNative" ~ '[\\u4e00-\\u9fff]'`)).toBeGreaterThan(0);
    expect(await one(`SELECT count(DISTINCT country)::int FROM "Partner"`)).toBeGreaterThan(20);
  });

  it("ties most exchanges to an agreement with the same partner", async () => {
    const linked = Number(await one(`SELECT count(*)::int FROM "Exchange" WHERE "agreementId" IS NOT NULL`));
    expect(linked / 3000).toBeGreaterThan(0.7);
    expect(
      await one(`SELECT count(*)::int FROM "Exchange" e WHERE e."agreementId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "AgreementPartner" ap WHERE ap."agreementId" = e."agreementId" AND ap."partnerId" = e."partnerId")`),
    ).toBe(0);
  });
});
