import "server-only";
import { addDays } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction, Role } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/ids";
import { assertRole, OFFICE_ROLES } from "./access";
import { nameOrEmailContains } from "./admin-users";
import type { Actor } from "./current-user";
import { AppError } from "./errors";

// Reading the audit trail: the admin's audit log (/admin/audit) and the "history" panel of
// record pages. Newest first, keyset-paginated on (at, id), which the indexes on (at),
// (actorId, at) and (entityType, entityId, at) serve.

const ADMIN_ONLY = ["ADMIN"] as const satisfies readonly Role[];

export const AUDIT_PAGE_SIZE = 50;

/**
 * Domain records whose history office staff may read on their pages. Anything else (users,
 * pages, actions, settings) is admins' only: deny by default.
 */
export const STAFF_HISTORY_TYPES: ReadonlySet<string> = new Set([
  "Partner", "PartnerContact", "Agreement", "AgreementDocument", "AgreementApproval", "MobilityTerm",
  "Exchange", "Visit", "VisitFollowUp", "Expert", "Programme", "Opportunity", "Application",
]);

export type AuditChanges = Record<string, [unknown, unknown]>;

export type AuditRow = {
  id: string;
  at: Date;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  changes: AuditChanges | null;
  actor: { id: string; name: string; email: string } | null;
};

export type AuditFilters = {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: AuditAction;
  /** Inclusive calendar days (UTC), YYYY-MM-DD. */
  from?: string;
  to?: string;
};

export type AuditPage = { rows: AuditRow[]; nextCursor: string | null; previousCursor: string | null };


const rowSelect = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  changes: true,
  actor: { select: { id: true, name: true, email: true } },
} satisfies Prisma.AuditEventSelect;

type SelectedRow = Prisma.AuditEventGetPayload<{ select: typeof rowSelect }>;

function isChanges(value: unknown): value is AuditChanges {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((pair) => Array.isArray(pair) && pair.length === 2)
  );
}

function toRow(row: SelectedRow): AuditRow {
  // Old rows or other writers may store other shapes (e.g. a failed sign-in's { email }):
  // those are shown as "after" values.
  const changes: AuditChanges | null = isChanges(row.changes)
    ? row.changes
    : row.changes && typeof row.changes === "object" && !Array.isArray(row.changes)
      ? Object.fromEntries(Object.entries(row.changes).map(([key, value]) => [key, [null, value]]))
      : null;
  return { ...row, id: row.id.toString(), changes };
}

function parseDay(value: string | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const from = parseDay(filters.from);
  const to = parseDay(filters.to);
  return {
    ...(filters.actorId ? { actorId: isUuid(filters.actorId) ? filters.actorId : "00000000-0000-0000-0000-000000000000" } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(from || to ? { at: { ...(from ? { gte: from } : {}), ...(to ? { lt: addDays(to, 1) } : {}) } } : {}),
  };
}

// Written as `at <= x AND (at < x OR id < y)` rather than a row comparison: the first term
// is a plain range the (at) and (actorId, at) indexes can start from.
const olderThan = (row: { at: Date; id: bigint }): Prisma.AuditEventWhereInput => ({
  AND: [{ at: { lte: row.at } }, { OR: [{ at: { lt: row.at } }, { id: { lt: row.id } }] }],
});
const newerThan = (row: { at: Date; id: bigint }): Prisma.AuditEventWhereInput => ({
  AND: [{ at: { gte: row.at } }, { OR: [{ at: { gt: row.at } }, { id: { gt: row.id } }] }],
});

function parseId(value: string | undefined): bigint | null {
  return value && /^\d{1,18}$/.test(value) ? BigInt(value) : null;
}

/**
 * One page of audit events, newest first. A cursor is an event id (its `at` is looked up),
 * `after` for older events, `before` for newer ones.
 */
export async function listAuditEvents(
  actor: Actor | null,
  filters: AuditFilters,
  cursor: { after?: string; before?: string } = {},
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  assertRole(actor, ADMIN_ONLY);
  const where = auditWhere(filters);
  const cursorId = parseId(cursor.before ?? cursor.after);
  const anchor = cursorId === null ? null : await db().auditEvent.findUnique({ where: { id: cursorId }, select: { id: true, at: true } });
  const isBackward = Boolean(anchor && cursor.before);

  const found = await db().auditEvent.findMany({
    where: anchor ? { AND: [where, isBackward ? newerThan(anchor) : olderThan(anchor)] } : where,
    orderBy: isBackward ? [{ at: "asc" }, { id: "asc" }] : [{ at: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: rowSelect,
  });
  const hasMore = found.length > pageSize;
  const page = found.slice(0, pageSize);
  if (isBackward) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const exists = async (extra: Prisma.AuditEventWhereInput) =>
    (await db().auditEvent.findFirst({ where: { AND: [where, extra] }, select: { id: true } })) !== null;
  const hasPrevious = !anchor || !first ? false : isBackward ? hasMore : await exists(newerThan(first));
  const hasNext = !last ? false : isBackward ? await exists(olderThan(last)) : hasMore;
  return {
    rows: page.map(toRow),
    nextCursor: hasNext && last ? last.id.toString() : null,
    previousCursor: hasPrevious && first ? first.id.toString() : null,
  };
}

/**
 * Records kept apart that people think of as part of another: their changes show in that
 * record's history too (a partner's contacts, removed ones included).
 */
const HISTORY_PARTS: Record<string, { entityType: string; parentField: string; ids: (entityId: string) => Promise<string[]> }> = {
  Partner: {
    entityType: "PartnerContact",
    // The part's changes name the record whose history shows them: left out there.
    parentField: "partnerId",
    ids: async (partnerId) => (await db().partnerContact.findMany({ where: { partnerId }, select: { id: true } })).map((contact) => contact.id),
  },
};

/**
 * The newest changes to one record (and to its parts, HISTORY_PARTS), for its page's history
 * panel. Admins read any record's history; staff only that of domain records (not users,
 * settings or access events).
 */
export async function listEntityHistory(actor: Actor | null, entityType: string, entityId: string, limit = 20): Promise<AuditRow[]> {
  const reader = assertRole(actor, OFFICE_ROLES);
  if (reader.role !== "ADMIN" && !STAFF_HISTORY_TYPES.has(entityType)) throw new AppError("FORBIDDEN");
  const part = HISTORY_PARTS[entityType];
  const partIds = part && isUuid(entityId) ? await part.ids(entityId) : [];
  const rows = await db().auditEvent.findMany({
    where: { OR: [{ entityType, entityId }, ...(part && partIds.length ? [{ entityType: part.entityType, entityId: { in: partIds } }] : [])] },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: rowSelect,
  });
  return rows.map(toRow).map((row) => {
    if (!part || row.entityType !== part.entityType || !row.changes) return row;
    const { [part.parentField]: _parent, ...changes } = row.changes;
    return { ...row, changes };
  });
}

/**
 * The entity types present in the log, for the filter. A loose index scan over
 * (entityType, entityId, at): one index probe per distinct type, however long the log.
 */
export async function listAuditEntityTypes(actor: Actor | null): Promise<string[]> {
  assertRole(actor, ADMIN_ONLY);
  const rows = await db().$queryRaw<{ entityType: string }[]>`
    WITH RECURSIVE types AS (
      (SELECT "entityType" FROM "AuditEvent" ORDER BY "entityType" LIMIT 1)
      UNION ALL
      SELECT (SELECT e."entityType" FROM "AuditEvent" e WHERE e."entityType" > types."entityType" ORDER BY e."entityType" LIMIT 1)
      FROM types WHERE types."entityType" IS NOT NULL
    )
    SELECT "entityType" FROM types WHERE "entityType" IS NOT NULL`;
  return rows.map((row) => row.entityType);
}

export type UserOption = { id: string; name: string; email: string };

/** Users whose name or email contains the text, for the audit log's "who" filter (at most 20). */
export async function searchUserOptions(actor: Actor | null, text: string, limit = 20): Promise<UserOption[]> {
  assertRole(actor, ADMIN_ONLY);
  return db().user.findMany({
    where: nameOrEmailContains(text.slice(0, 100)),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, name: true, email: true },
  });
}

/** One user as a filter option (the one chosen in the URL), or null. */
export async function getUserOption(actor: Actor | null, id: string): Promise<UserOption | null> {
  assertRole(actor, ADMIN_ONLY);
  if (!isUuid(id)) return null;
  return db().user.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
}

/** The newest actions the user took (their sign-ins and changes), for their page. */
export async function listActionsBy(actor: Actor | null, userId: string, limit = 10): Promise<AuditRow[]> {
  assertRole(actor, ADMIN_ONLY);
  if (!isUuid(userId)) return [];
  const rows = await db().auditEvent.findMany({
    where: { actorId: userId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: rowSelect,
  });
  return rows.map(toRow);
}
