import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkPartnerRows, findDuplicatePartners, type CheckedRow, type ImportMapping, type KnownPartner, type RowProblem } from "@/lib/import/partner-import";
import type { Table } from "@/lib/import/read-table";
import { scriptVariants } from "@/lib/lists/chinese-scripts";
import { isCountryCode } from "@/lib/partners/countries";
import { assertRole, OFFICE_ROLES } from "./access";
import { changedFields, recordAudit } from "./audit";
import { insertColumns, newIds } from "./bulk-insert";
import type { Actor } from "./current-user";

// Bringing a spreadsheet of partners in: a dry run that reports every bad row, then one
// transaction that creates them all or none. Each partner gets its own CREATE audit row, as
// if typed in, and the import one IMPORT row with its count.

export type PartnerImportCheck = { rows: CheckedRow[]; problems: RowProblem[]; skipped: RowProblem[] };

const CHUNK = 1000;

/**
 * The dry run: every row checked as the form would, then the rows that are partners already
 * in Meridian (live ones) or repeat an earlier row skipped (`findDuplicatePartners`), so an
 * import run twice, or a sheet that overlaps what is entered, adds nothing and changes nothing.
 */
export async function checkPartnerImport(actor: Actor | null, table: Table, mapping: ImportMapping): Promise<PartnerImportCheck> {
  assertRole(actor, OFFICE_ROLES);
  const checked = checkPartnerRows(table, mapping);
  const countries = [...new Set([...checked.rows.map(({ input }) => input.country), ...checked.refused.map(({ country }) => country).filter(isCountryCode)])];
  // Every live partner of the file's countries (20,000 in all at the large benchmark's size,
  // a few dozen milliseconds): names are compared by nameKey, in one place, not by an
  // SQL spelling of it that could drift from it.
  const existing: KnownPartner[] = countries.length
    ? await db().partner.findMany({ where: { deletedAt: null, country: { in: countries } }, select: { id: true, nameEn: true, nameNative: true, otherNames: true, country: true, rorId: true } })
    : [];
  // 香港浸會大學 and 香港浸会大学 are one partner.
  const { rows, problems, skipped, forgiven } = findDuplicatePartners(checked.rows, existing, checked.refused, scriptVariants);
  // A bad row that is a partner Meridian has is left out: its problems do not matter.
  const left = new Set(forgiven);
  return { rows, problems: [...checked.problems.filter((problem) => !left.has(problem)), ...problems].sort((a, b) => a.row - b.row), skipped };
}

/**
 * Creates every checked row in one transaction, or nothing when any row is bad: a file is
 * imported whole, but for the rows the dry run skips. `onProgress` hears the count after each
 * chunk of 1,000.
 */
export async function importPartners(
  actor: Actor | null,
  table: Table,
  mapping: ImportMapping,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ created: number; skipped: number } | { problems: RowProblem[] }> {
  const staff = assertRole(actor, OFFICE_ROLES);
  const { rows, problems, skipped } = await checkPartnerImport(actor, table, mapping);
  if (problems.length > 0) return { problems };
  await db().$transaction(
    async (tx) => {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK).map(({ input }) => input);
        const ids = newIds(chunk.length);
        const column = <T>(value: (input: (typeof chunk)[number]) => T) => chunk.map(value);
        const now = new Date().toISOString();
        await insertColumns(tx, "Partner", [
          { name: "id", type: "uuid", values: ids },
          { name: "nameEn", type: "text", values: column((p) => p.nameEn) },
          { name: "nameNative", type: "text", values: column((p) => p.nameNative) },
          { name: "otherNames", type: "text", values: column((p) => p.otherNames) },
          { name: "acronym", type: "text", values: column((p) => p.acronym) },
          { name: "kind", type: '"PartnerKind"', values: column((p) => p.kind) },
          { name: "country", type: "text", values: column((p) => p.country) },
          { name: "city", type: "text", values: column((p) => p.city) },
          { name: "website", type: "text", values: column((p) => p.website) },
          { name: "rorId", type: "text", values: column((p) => p.rorId) },
          { name: "erasmusCode", type: "text", values: column((p) => p.erasmusCode) },
          { name: "status", type: '"PartnerStatus"', values: column((p) => p.status) },
          // An array of arrays cannot be unnested row by row: each row's tags travel as JSON.
          { name: "tags", type: "jsonb", values: column((p) => JSON.stringify(p.tags)), convert: (tags) => Prisma.sql`ARRAY(SELECT jsonb_array_elements_text(${tags}))` },
          { name: "notes", type: "text", values: column((p) => p.notes) },
          { name: "createdById", type: "uuid", values: column(() => staff.id) },
          { name: "updatedAt", type: "timestamp", values: column(() => now) },
        ]);
        await insertColumns(tx, "AuditEvent", [
          { name: "actorId", type: "uuid", values: column(() => staff.id) },
          { name: "action", type: '"AuditAction"', values: column(() => "CREATE") },
          { name: "entityType", type: "text", values: column(() => "Partner") },
          { name: "entityId", type: "text", values: ids },
          { name: "changes", type: "jsonb", values: column((input) => JSON.stringify(changedFields({}, { ...input, tags: [...input.tags] }))) },
        ]);
        onProgress(Math.min(start + CHUNK, rows.length), rows.length);
      }
      await recordAudit(tx, { actorId: staff.id, action: "IMPORT", entityType: "Partner", changes: { created: rows.length, skipped: skipped.length } });
    },
    // 10,000 rows take a few seconds; the default 5 s would cut a slow machine short.
    { timeout: 120_000 },
  );
  return { created: rows.length, skipped: skipped.length };
}
