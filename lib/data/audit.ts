import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db";

type AuditWriter = Pick<Db, "auditEvent"> | Prisma.TransactionClient;

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  /** { field: [before, after] } of changed fields; never secrets. */
  changes?: Prisma.InputJsonValue | null;
  /** The client's address, for sign-in and other security events. */
  ip?: string | null;
};

/** Writes one audit row; pass the transaction client so it commits with the change itself. */
export async function recordAudit(client: AuditWriter, entry: AuditEntry): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      changes: entry.changes ?? undefined,
      ip: entry.ip ?? null,
    },
  });
}

type JsonScalar = string | number | boolean | null;
type FieldValue = JsonScalar | Date | readonly JsonScalar[] | undefined;
type Changes = Record<string, [Prisma.InputJsonValue | null, Prisma.InputJsonValue | null]>;

const asJson = (value: FieldValue): Prisma.InputJsonValue | null =>
  value === undefined || value === null ? null : value instanceof Date ? value.toISOString() : (value as Prisma.InputJsonValue);

/** The { field: [before, after] } map of fields whose values differ. */
export function changedFields<T extends Record<string, FieldValue>>(before: T, after: Partial<T>): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after)) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = [asJson(a), asJson(b)];
  }
  return changes;
}

/** A new record's changes: only the fields it was given (no "none → none" for empty ones). */
export function createdFields(values: Record<string, FieldValue>): Changes {
  const isGiven = (value: FieldValue) =>
    value !== null && value !== undefined && value !== false && value !== "" && !(Array.isArray(value) && value.length === 0);
  return changedFields({}, Object.fromEntries(Object.entries(values).filter(([, value]) => isGiven(value))));
}
