// Query plans and timings of the audit log's queries on a large table: a scratch database
// (never DATABASE_URL's own), N audit rows (default 200,000), then EXPLAIN ANALYZE of the
// exact SQL Prisma sends for the first page and a deep page, with and without filters.
//   npx tsx bench/audit-explain.ts [rows]
// Not part of CI: it prints a report for a person to read.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { addDays } from "@/lib/dates";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { deployMigrations } from "@/lib/migrations/commands";
import { createTestDatabase } from "@/lib/testing/test-server";

const ROWS = Number(process.argv[2] ?? 200_000);
const PAGE = 51; // the page size plus one, as listAuditEvents asks

// The same where/orderBy shapes as lib/data/audit-log.ts (which scripts may not import).
const olderThan = (row: { at: Date; id: bigint }): Prisma.AuditEventWhereInput => ({
  AND: [{ at: { lte: row.at } }, { OR: [{ at: { lt: row.at } }, { id: { lt: row.id } }] }],
});
const rowSelect = { id: true, at: true, action: true, entityType: true, entityId: true, changes: true, actor: { select: { id: true, name: true, email: true } } };

async function main() {
  const database = await createTestDatabase("auditbench");
  try {
    await deployMigrations(database.url);
    const client = new pg.Client({ connectionString: database.url });
    // Dropping the scratch database at the end ends this connection too.
    client.on("error", () => {});
    await client.connect();
    const seedStart = performance.now();
    await client.query(`
      INSERT INTO "User" (id, email, name, role, "updatedAt")
      SELECT gen_random_uuid(), 'bench' || n || '@example.edu', 'Bench User ' || n, (ARRAY['ADMIN','STAFF','STUDENT'])[1 + n % 3]::"Role", now()
      FROM generate_series(1, 200) AS n`);
    // Newest first is id order too, as in real life; one event about every 13 s over a month.
    await client.query(
      `
      WITH users AS (SELECT array_agg(id ORDER BY id) AS ids FROM "User")
      INSERT INTO "AuditEvent" (at, "actorId", action, "entityType", "entityId", changes)
      SELECT now() - ((${ROWS} - n) * interval '13 seconds'),
             users.ids[1 + (n * 7919) % 200],
             (ARRAY['UPDATE','UPDATE','UPDATE','UPDATE','UPDATE','UPDATE','UPDATE','UPDATE','UPDATE','UPDATE',
                    'CREATE','CREATE','CREATE','CREATE','SIGN_IN','SIGN_IN','SIGN_IN','SIGN_IN','ACCESS_DENIED','DELETE'])[1 + (n * 31) % 20]::"AuditAction",
             (ARRAY['User','User','User','Partner','Partner','Agreement','Agreement','Exchange','Visit','Page'])[1 + (n * 17) % 10],
             'rec-' || ((n * 104729) % 5000),
             jsonb_build_object('status', jsonb_build_array('DRAFT', 'ACTIVE'))
      FROM generate_series(1::bigint, $1::bigint) AS n, users`,
      [ROWS],
    );
    await client.query('ANALYZE "AuditEvent"; ANALYZE "User"');
    console.log(`Seeded ${ROWS.toLocaleString("en")} audit rows in ${((performance.now() - seedStart) / 1000).toFixed(1)} s\n`);

    // Prisma tells us its SQL through query events; we EXPLAIN exactly that.
    const queries: { query: string; params: string }[] = [];
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }), log: [{ emit: "event", level: "query" }] });
    prisma.$on("query", (event) => queries.push({ query: event.query, params: event.params }));

    const deepAnchor = async (where: Prisma.AuditEventWhereInput, depth: number) =>
      prisma.auditEvent.findFirstOrThrow({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: depth, select: { id: true, at: true } });
    const someActor = (await client.query<{ id: string }>(`SELECT "actorId" AS id FROM "AuditEvent" WHERE "actorId" IS NOT NULL LIMIT 1`)).rows[0]?.id ?? "";
    const someRecord = (await client.query<{ id: string }>(`SELECT "entityId" AS id FROM "AuditEvent" WHERE "entityType" = 'Partner' LIMIT 1`)).rows[0]?.id ?? "";

    const cases: { name: string; where: Prisma.AuditEventWhereInput; deep?: number }[] = [
      { name: "no filter, first page", where: {} },
      { name: `no filter, deep page (after row ${Math.floor(ROWS * 0.75).toLocaleString("en")})`, where: {}, deep: Math.floor(ROWS * 0.75) },
      { name: "one user, first page", where: { actorId: someActor } },
      { name: "one user, deep page (after their row 800)", where: { actorId: someActor }, deep: 800 },
      { name: "one record (type + id), first page", where: { entityType: "Partner", entityId: someRecord } },
      { name: "type only (Exchange), deep page (after row 15,000)", where: { entityType: "Exchange" }, deep: 15_000 },
      { name: "rare action (DELETE, 5 %), first page", where: { action: "DELETE" } },
      { name: "rare action (DELETE, 5 %), deep page (after row 7,500)", where: { action: "DELETE" }, deep: 7_500 },
      { name: "worst case: an action that never occurs (RESTORE)", where: { action: "RESTORE" } },
      { name: "date range of one day, first page", where: { at: { gte: addDays(new Date(), -10), lt: addDays(new Date(), -9) } } },
    ];

    for (const testCase of cases) {
      const anchor = testCase.deep ? await deepAnchor(testCase.where, testCase.deep) : null;
      queries.length = 0;
      await prisma.auditEvent.findMany({
        where: anchor ? { AND: [testCase.where, olderThan(anchor)] } : testCase.where,
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: PAGE,
        select: rowSelect,
      });
      const captured = queries.find((q) => q.query.includes('FROM "public"."AuditEvent"'));
      if (!captured) throw new Error("no AuditEvent query captured");
      const params = JSON.parse(captured.params) as unknown[];
      // Warm once, then measure: the report is about plans, not about a cold cache.
      await client.query(captured.query, params);
      const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${captured.query}`, params);
      const lines = plan.rows.map((row) => row["QUERY PLAN"]);
      console.log(`== ${testCase.name}`);
      console.log(lines.filter((line) => !/^\s*Buffers|^\s*Planning:/.test(line)).join("\n"));
      console.log("");
    }

    const types = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ANALYZE
      WITH RECURSIVE types AS (
        (SELECT "entityType" FROM "AuditEvent" ORDER BY "entityType" LIMIT 1)
        UNION ALL
        SELECT (SELECT e."entityType" FROM "AuditEvent" e WHERE e."entityType" > types."entityType" ORDER BY e."entityType" LIMIT 1)
        FROM types WHERE types."entityType" IS NOT NULL
      ) SELECT "entityType" FROM types WHERE "entityType" IS NOT NULL`);
    console.log("== entity types for the filter (loose index scan)");
    console.log(types.rows.slice(-2).map((row) => row["QUERY PLAN"]).join("\n"));
    await prisma.$disconnect();
    await client.end();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
