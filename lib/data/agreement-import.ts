import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { agreementScalars as scalarsOf } from "@/lib/agreements/input";
import { SIGNED_STATUSES, todayOf } from "@/lib/agreements/status";
import {
  checkAgreementRows, nameInCountryKey, namesInRows, referenceKey, rorKey, type AgreementImportLookups, type AgreementImportMapping,
  type AgreementRowProblem, type CheckedAgreementRow,
} from "@/lib/import/agreement-import";
import { nameKey, normalise } from "@/lib/import/mapping";
import type { Table } from "@/lib/import/read-table";
import { otherNamesOf } from "@/lib/partners/partner-input";
import { scriptVariants } from "@/lib/lists/chinese-scripts";
import { assertRole, OFFICE_ROLES } from "./access";
import { createdFields, recordAudit } from "./audit";
import { insertColumns, isoDates, newIds } from "./bulk-insert";
import type { Actor } from "./current-user";

// Bringing a spreadsheet of agreements in: a dry run that reports every bad row, then one
// transaction that creates them all or none. Each agreement gets its own CREATE audit row,
// as if typed in, and the import one IMPORT row with its count and file. A row with a signed
// status is recorded as approved by the importer on import (see lib/import/agreement-import.ts):
// one APPROVED entry in its approval trail, under the same rule as approveAgreement.

export type AgreementImportCheck = { rows: CheckedAgreementRow[]; problems: AgreementRowProblem[]; skipped: AgreementRowProblem[] };
type Client = Prisma.TransactionClient | ReturnType<typeof db>;

const CHUNK = 1000;

/** Looks up what the rows name: partners, owners, faculties and reference numbers in use. */
async function lookupsFor(client: Client, actor: Actor, table: Table, mapping: AgreementImportMapping, now: Date): Promise<AgreementImportLookups> {
  const names = namesInRows(table, mapping);
  const [partners, owners, faculties, taken] = await Promise.all([
    // Every live partner (20,000 at the benchmark's size: tens of milliseconds), for the names
    // to be compared by nameKey, in one place, not by an SQL spelling of it that could drift
    // from it (PostgreSQL lower-cases İ and a final Σ otherwise than JavaScript).
    names.partners.length
      ? client.partner.findMany({ where: { deletedAt: null }, select: { id: true, nameEn: true, nameNative: true, otherNames: true, acronym: true, country: true, rorId: true } })
      : [],
    names.owners.length
      ? client.$queryRaw<{ id: string; email: string; name: string }[]>`
          SELECT id, email, name FROM "User" WHERE role IN ('ADMIN', 'STAFF') AND "disabledAt" IS NULL
            AND (lower(email) = ANY(${names.owners}::text[]) OR lower(name) = ANY(${names.owners}::text[]))`
      : [],
    client.faculty.findMany({ select: { id: true, code: true, nameEn: true, nameZh: true } }),
    // Live agreements only: the unique index is partial (deletedAt IS NULL), as for the form;
    // restoring a deleted one whose number was taken since is refused (restoreAgreement).
    names.references.length
      ? client.$queryRaw<{ id: string; referenceNumber: string; title: string }[]>`
          SELECT id, "referenceNumber", title FROM "Agreement" WHERE "deletedAt" IS NULL AND lower("referenceNumber") = ANY(${names.references}::text[])`
      : [],
  ]);
  const byName = idsByName(partners, (partner) => [partner.nameEn, partner.nameNative, partner.acronym], nameKey);
  // Failing those, an other name: a register that names partners in Chinese finds them by it
  // (慕尼黑工业大学), and another partner's other name never makes an English name ambiguous.
  const byOtherName = idsByName(partners, (partner) => otherNamesOf(partner.otherNames), nameKey);
  // A Chinese name written in the other script finds its partner: 香港理工大学 is 香港理工大學.
  const idsOf = (map: Map<string, string[]>, name: string) => [...new Set(scriptVariants(name).flatMap((variant) => map.get(nameKey(variant)) ?? []))];
  const named = names.partners.map((name) => {
    const ids = idsOf(byName, name);
    return [name, ids.length > 0 ? ids : idsOf(byOtherName, name)] as const;
  });
  const facultyIds = new Map<string, string>();
  for (const faculty of faculties) for (const name of [faculty.code, faculty.nameEn, faculty.nameZh]) if (name) facultyIds.set(normalise(name), faculty.id);
  return {
    importer: { id: actor.id, role: actor.role },
    partners: new Map([
      ...named,
      ...idsByName(partners, (partner) => [nameInCountryKey(partner.nameEn, partner.country)], (key) => key),
      ...idsByName(partners, (partner) => [partner.rorId], rorKey),
    ]),
    owners: idsByName(owners, (owner) => [owner.email, owner.name], (name) => name.toLowerCase()),
    faculties: facultyIds,
    takenReferences: new Map(taken.map(({ id, referenceNumber, title }) => [referenceKey(referenceNumber), { id, name: `${referenceNumber} ${title}` }])),
    today: todayOf(now),
  };
}

/** Each record's id under each of its names, as `key` writes them: a name several records share lists them all. */
function idsByName<T extends { id: string }>(records: readonly T[], namesOf: (record: T) => (string | null)[], key: (name: string) => string): Map<string, string[]> {
  const byName = new Map<string, Set<string>>();
  for (const record of records) {
    for (const name of namesOf(record)) {
      if (name) byName.set(key(name), (byName.get(key(name)) ?? new Set()).add(record.id));
    }
  }
  return new Map([...byName].map(([name, ids]) => [name, [...ids]]));
}

async function check(client: Client, actor: Actor, table: Table, mapping: AgreementImportMapping, now: Date): Promise<AgreementImportCheck> {
  const { rows, problems, skipped } = checkAgreementRows(table, mapping, await lookupsFor(client, actor, table, mapping, now));
  return { rows, problems: problems.sort((a, b) => a.row - b.row), skipped };
}

/**
 * The dry run: every row checked as the form would, plus what needs the database (partners,
 * owners and faculties found, the agreements Meridian has skipped) and the rule for signed
 * statuses.
 */
export async function checkAgreementImport(actor: Actor | null, table: Table, mapping: AgreementImportMapping, now = new Date()): Promise<AgreementImportCheck> {
  const staff = assertRole(actor, OFFICE_ROLES);
  return check(db(), staff, table, mapping, now);
}

export type AgreementImportSource = {
  /** The file's name, for the import's audit row and the approval trail. */
  fileName: string;
  /** The approval trail's comment on signed rows, in the importer's language. */
  approvalComment?: string;
};

/** A unique index refused a row: P2002 from Prisma's own queries, SQLSTATE 23505 from raw ones. */
const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || `${error.message} ${JSON.stringify(error.meta ?? {})}`.includes("23505"));

/**
 * Creates every checked row in one transaction, or nothing when any row is bad: a file is
 * imported whole. The rows are checked again inside the transaction, so what it saves is
 * what the database holds at that moment. `onProgress` hears the count after each chunk.
 */
export async function importAgreements(
  actor: Actor | null,
  table: Table,
  mapping: AgreementImportMapping,
  source: AgreementImportSource,
  onProgress: (done: number, total: number) => void = () => {},
  now = new Date(),
): Promise<{ created: number; skipped: number } | { problems: AgreementRowProblem[] }> {
  const staff = assertRole(actor, OFFICE_ROLES);
  const comment = source.approvalComment ?? `Recorded as signed on import from ${source.fileName}`;
  // The rows the transaction set out to create, for telling which of them someone else took.
  let attempted = new Set<number>();
  try {
    return await db().$transaction(
      async (tx) => {
        const { rows, problems, skipped } = await check(tx, staff, table, mapping, now);
        if (problems.length > 0) return { problems };
        attempted = new Set(rows.map(({ row }) => row));
        for (let start = 0; start < rows.length; start += CHUNK) {
          const chunk = rows.slice(start, start + CHUNK);
          const ids = newIds(chunk.length);
          const withIds = chunk.map((row, i) => ({ ...row, id: ids[i]! }));
          const column = <T>(value: (row: CheckedAgreementRow) => T) => chunk.map(value);
          await insertColumns(tx, "Agreement", [
            { name: "id", type: "uuid", values: ids },
            { name: "referenceNumber", type: "text", values: column((r) => r.input.referenceNumber) },
            { name: "title", type: "text", values: column((r) => r.input.title) },
            { name: "kind", type: '"AgreementKind"', values: column((r) => r.input.kind) },
            { name: "status", type: '"AgreementStatus"', values: column((r) => r.status) },
            { name: "signedOn", type: "date", values: isoDates(column((r) => r.input.signedOn)) },
            { name: "effectiveOn", type: "date", values: isoDates(column((r) => r.input.effectiveOn)) },
            { name: "expiresOn", type: "date", values: isoDates(column((r) => r.input.expiresOn)) },
            { name: "terminatesOn", type: "date", values: isoDates(column((r) => r.terminatesOn)) },
            { name: "autoRenews", type: "boolean", values: column((r) => r.input.autoRenews) },
            { name: "noticePeriodDays", type: "int", values: column((r) => r.input.noticePeriodDays) },
            { name: "ministryApprovalNumber", type: "text", values: column((r) => r.input.ministryApprovalNumber) },
            { name: "ministryApprovedOn", type: "date", values: isoDates(column((r) => r.input.ministryApprovedOn)) },
            { name: "ownerId", type: "uuid", values: column((r) => r.input.ownerId) },
            { name: "scope", type: "text", values: column((r) => r.input.scope) },
            { name: "createdById", type: "uuid", values: column(() => staff.id) },
            { name: "updatedAt", type: "timestamp", values: column(() => now.toISOString()) },
          ]);
          const links = withIds.flatMap(({ id, input }) => input.partnerIds.map((partnerId) => [id, partnerId] as const));
          await insertColumns(tx, "AgreementPartner", [
            { name: "agreementId", type: "uuid", values: links.map(([id]) => id) },
            { name: "partnerId", type: "uuid", values: links.map(([, partnerId]) => partnerId) },
          ]);
          const faculties = withIds.flatMap(({ id, input }) => input.facultyIds.map((facultyId) => ({ agreementId: id, facultyId })));
          if (faculties.length) await tx.agreementFaculty.createMany({ data: faculties });
          const signed = withIds.filter(({ status }) => SIGNED_STATUSES.has(status));
          if (signed.length) {
            await tx.agreementApproval.createMany({
              data: signed.map(({ id, status }) => ({ agreementId: id, actorId: staff.id, decision: "APPROVED" as const, fromStatus: "AWAITING_SIGNATURE" as const, toStatus: status, comment })),
            });
          }
          // The CREATE rows, as recordAudit would write them, in one statement.
          const changes = withIds.map(({ input, status, terminatesOn }) =>
            JSON.stringify({
              ...createdFields(scalarsOf(input)),
              status: [null, status],
              ...(terminatesOn ? { terminatesOn: [null, terminatesOn.toISOString()] } : {}),
              partners: [null, [...input.partnerIds].sort()],
              ...(input.facultyIds.length ? { faculties: [null, [...input.facultyIds].sort()] } : {}),
              ...(SIGNED_STATUSES.has(status) ? { approval: [null, comment] } : {}),
              importedFrom: [null, source.fileName],
            }),
          );
          await insertColumns(tx, "AuditEvent", [
            { name: "actorId", type: "uuid", values: column(() => staff.id) },
            { name: "action", type: '"AuditAction"', values: column(() => "CREATE") },
            { name: "entityType", type: "text", values: column(() => "Agreement") },
            { name: "entityId", type: "text", values: ids },
            { name: "changes", type: "jsonb", values: changes },
          ]);
          onProgress(Math.min(start + CHUNK, rows.length), rows.length);
        }
        await recordAudit(tx, {
          actorId: staff.id,
          action: "IMPORT",
          entityType: "Agreement",
          changes: { created: rows.length, signed: rows.filter(({ status }) => SIGNED_STATUSES.has(status)).length, skipped: skipped.length, file: source.fileName },
        });
        return { created: rows.length, skipped: skipped.length };
      },
      // 10,000 rows take a few seconds; the default 5 s would cut a slow machine short.
      { timeout: 120_000 },
    );
  } catch (error) {
    // Someone saved an agreement with one of these reference numbers meanwhile: say which.
    // Checked now, such a row is skipped as an agreement Meridian has; for this import it was
    // a number in use.
    if (isUniqueViolation(error)) {
      const { problems, skipped } = await check(db(), staff, table, mapping, now);
      const taken = skipped.filter(({ row }) => attempted.has(row)).map(({ row }): AgreementRowProblem => ({ row, field: "referenceNumber", messageKey: "referenceInUse" }));
      if (problems.length + taken.length > 0) return { problems: [...problems, ...taken].sort((a, b) => a.row - b.row) };
    }
    throw error;
  }
}
