import "server-only";
import { db } from "@/lib/db";
import { type Prisma } from "@/lib/generated/prisma/client";
import { checkPartnerRows, type CheckedRow, type ImportMapping, type RowProblem } from "@/lib/import/partner-import";
import type { Table } from "@/lib/import/read-table";
import { assertRole, OFFICE_ROLES } from "./access";
import { changedFields, recordAudit } from "./audit";
import type { Actor } from "./current-user";

// Bringing a spreadsheet of partners in: a dry run that reports every bad row, then one
// transaction that creates them all or none. Each partner gets its own CREATE audit row, as
// if typed in, and the import one IMPORT row with its count.

export type PartnerImportCheck = { rows: CheckedRow[]; problems: RowProblem[] };

const CHUNK = 1000;

/**
 * The dry run: every row checked as the form would, plus partners already in Meridian (same
 * English name and country, live) refused as "exists", so an import run twice adds nothing.
 */
export async function checkPartnerImport(actor: Actor | null, table: Table, mapping: ImportMapping): Promise<PartnerImportCheck> {
  assertRole(actor, OFFICE_ROLES);
  const { rows, problems } = checkPartnerRows(table, mapping);
  const keys = rows.map(({ input }) => `${input.nameEn.toLowerCase()}|${input.country}`);
  const existing = new Set(
    (
      await db().$queryRaw<{ key: string }[]>`
        SELECT lower("nameEn") || '|' || country AS key FROM "Partner"
        WHERE "deletedAt" IS NULL AND lower("nameEn") || '|' || country = ANY(${keys}::text[])`
    ).map((row) => row.key),
  );
  const fresh: CheckedRow[] = [];
  rows.forEach((row, i) => {
    if (existing.has(keys[i] ?? "")) problems.push({ row: row.row, field: "nameEn", messageKey: "exists" });
    else fresh.push(row);
  });
  problems.sort((a, b) => a.row - b.row);
  return { rows: fresh, problems };
}

/**
 * Creates every checked row in one transaction, or nothing when any row is bad: a file is
 * imported whole. `onProgress` hears the count after each chunk of 1,000.
 */
export async function importPartners(
  actor: Actor | null,
  table: Table,
  mapping: ImportMapping,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ created: number } | { problems: RowProblem[] }> {
  const staff = assertRole(actor, OFFICE_ROLES);
  const { rows, problems } = await checkPartnerImport(actor, table, mapping);
  if (problems.length > 0) return { problems };
  await db().$transaction(
    async (tx) => {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK).map(({ input }) => input);
        const created = await tx.partner.createManyAndReturn({ data: chunk.map((input) => ({ ...input, createdById: staff.id })), select: { id: true } });
        await tx.auditEvent.createMany({
          data: created.map(({ id }, i) => ({
            actorId: staff.id,
            action: "CREATE" as const,
            entityType: "Partner",
            entityId: id,
            changes: changedFields({}, { ...chunk[i]!, tags: [...chunk[i]!.tags] }) as Prisma.InputJsonValue,
          })),
        });
        onProgress(Math.min(start + CHUNK, rows.length), rows.length);
      }
      await recordAudit(tx, { actorId: staff.id, action: "IMPORT", entityType: "Partner", changes: { created: rows.length } });
    },
    // 10,000 rows take a few seconds; the default 5 s would cut a slow machine short.
    { timeout: 120_000 },
  );
  return { created: rows.length };
}
