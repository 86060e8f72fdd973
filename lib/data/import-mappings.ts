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

/** The caller's last mapping for this kind of import, when it fits this file's columns. */
export async function getImportMapping(actor: Actor | null, kind: ImportKind, headers: readonly string[]): Promise<ImportMapping | null> {
  const staff = assertRole(actor, OFFICE_ROLES);
  const saved = await db().setting.findUnique({ where: { key: mappingKey(kind, staff.id) }, select: { value: true } });
  const value = saved?.value as { headers?: string[]; mapping?: ImportMapping } | undefined;
  if (!value?.mapping || !value.headers) return null;
  const mapping: ImportMapping = {};
  for (const [field, index] of Object.entries(value.mapping)) {
    const header = index === null || index === undefined ? undefined : value.headers[index];
    const found = header === undefined ? -1 : headers.indexOf(header);
    mapping[field] = found >= 0 ? found : null;
  }
  return mappingFits(mapping, headers) ? mapping : null;
}

export async function saveImportMapping(actor: Actor | null, kind: ImportKind, headers: readonly string[], mapping: ImportMapping): Promise<void> {
  const staff = assertRole(actor, OFFICE_ROLES);
  const key = mappingKey(kind, staff.id);
  const value = { headers: [...headers], mapping } as Prisma.InputJsonValue;
  await db().setting.upsert({ where: { key }, create: { key, value, updatedById: staff.id }, update: { value, updatedById: staff.id } });
}
