import "server-only";
import { db } from "@/lib/db";
import { type Prisma } from "@/lib/generated/prisma/client";
import { mappingFits, type ImportMapping } from "@/lib/import/mapping";
import { assertRole, OFFICE_ROLES } from "./access";
import type { Actor } from "./current-user";

// Each user's last matching of columns to fields, one per kind of import, remembered by
// header name so that the same spreadsheet with its columns moved still maps.

export type ImportKind = "partners" | "agreements";

const mappingKey = (kind: ImportKind, userId: string) => `import.mapping.${kind}:${userId}`;

/**
 * The caller's last mapping for this kind of import, as far as it applies to this file: each
 * field whose column is here by name, and a field left out by choice when the file has the same
 * columns. The rest is left for the guess; a file none of it applies to gets none.
 */
export async function getImportMapping(actor: Actor | null, kind: ImportKind, headers: readonly string[]): Promise<ImportMapping | null> {
  const staff = assertRole(actor, OFFICE_ROLES);
  const saved = await db().setting.findUnique({ where: { key: mappingKey(kind, staff.id) }, select: { value: true } });
  const value = saved?.value as { headers?: string[]; mapping?: ImportMapping } | undefined;
  if (!value?.mapping || !value.headers) return null;
  const sameColumns = value.headers.length === headers.length && value.headers.every((header, i) => header === headers[i]);
  const mapping: ImportMapping = {};
  for (const [field, index] of Object.entries(value.mapping)) {
    if (index === null || index === undefined) {
      if (sameColumns) mapping[field] = null;
      continue;
    }
    const found = headers.indexOf(value.headers[index] ?? "");
    if (found >= 0) mapping[field] = found;
  }
  const applies = Object.values(mapping).some((column) => column !== null && column !== undefined);
  return applies && mappingFits(mapping, headers) ? mapping : null;
}

export async function saveImportMapping(actor: Actor | null, kind: ImportKind, headers: readonly string[], mapping: ImportMapping): Promise<void> {
  const staff = assertRole(actor, OFFICE_ROLES);
  const key = mappingKey(kind, staff.id);
  const value = { headers: [...headers], mapping } as Prisma.InputJsonValue;
  await db().setting.upsert({ where: { key }, create: { key, value, updatedById: staff.id }, update: { value, updatedById: staff.id } });
}
