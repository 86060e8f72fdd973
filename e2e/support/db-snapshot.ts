import type { Db } from "@/lib/db";

// A fingerprint of the whole e2e database — row count and md5 of every row of every table
// but the audit log — to prove that a refused request changed nothing. The audit log is
// compared apart: refusals are supposed to add ACCESS_DENIED rows to it.

export type Snapshot = { tables: Map<string, string>; lastAuditId: bigint };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function snapshot(db: Db): Promise<Snapshot> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'AuditEvent'
    ORDER BY table_name`;
  const query = tables
    .map(({ name }) => `SELECT ${`'${name.replaceAll("'", "''")}'`} AS name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS digest FROM ${quote(name)} t`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; digest: string }[]>(query);
  const last = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return { tables: new Map(rows.map((row) => [row.name, row.digest])), lastAuditId: last?.id ?? 0n };
}

/** Tables whose rows differ between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...before.tables.keys(), ...after.tables.keys()]);
  return [...names].filter((name) => before.tables.get(name) !== after.tables.get(name)).sort();
}

/** The audit rows written since a snapshot. */
export function auditSince(db: Db, before: Snapshot) {
  return db.auditEvent.findMany({
    where: { id: { gt: before.lastAuditId } },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, entityType: true },
  });
}
