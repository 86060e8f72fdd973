import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "./errors";

// Lost-update protection for every editable record. The form carries the `version` it was
// opened with; the save's transaction reads (and locks) the record and calls
// assertUnchangedSince(). When someone else saved in between, the save is refused with what
// the user needs to decide: who saved, when, and the saved values that now differ from what
// they typed. The form keeps everything typed and takes the new version, so saving again
// deliberately keeps the user's values.

export type Conflict = {
  /** The record's version now: the form saves over it on the next, deliberate, save. */
  version: number;
  savedBy: string | null;
  /** ISO time of the last recorded change. */
  savedAt: string | null;
  /** Field → the saved value as text, for the fields where it differs from what was typed. */
  saved: Record<string, string>;
};

export class ConflictError extends AppError {
  constructor(readonly conflict: Conflict) {
    super("CONFLICT", "the record changed since the form was opened");
  }
}

type AuditReader = Pick<Prisma.TransactionClient, "auditEvent">;

/**
 * Throws ConflictError unless `formVersion` is the saved record's version. `typed` holds the
 * user's values for the editable fields, under the record's own field names.
 */
export async function assertUnchangedSince<T extends { version: number }>(
  tx: AuditReader,
  record: { entityType: string; id: string; saved: T },
  formVersion: number,
  typed: Partial<Record<keyof T & string, unknown>>,
): Promise<void> {
  const { entityType, id, saved } = record;
  if (saved.version === formVersion) return;
  const last = await tx.auditEvent.findFirst({
    where: { entityType, entityId: id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true, actor: { select: { name: true } } },
  });
  const differs: Record<string, string> = {};
  for (const [field, value] of Object.entries(typed)) {
    const now = asText(saved[field as keyof T]);
    if (now !== asText(value)) differs[field] = now;
  }
  throw new ConflictError({ version: saved.version, savedBy: last?.actor?.name ?? null, savedAt: last?.at.toISOString() ?? null, saved: differs });
}

/** One text form for saved and typed values alike: dates as YYYY-MM-DD, lists joined. */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(asText).join(", ");
  return String(value).trim();
}
