import "server-only";
import { addDays, isCalendarDay } from "@/lib/dates";
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
// (actorId, at) and (entityType, entityId, at) serve. The records the events are about, and
// the ones their changes refer to, are named after the page is read: one query by primary
// key per kind of record on the page, never one per row.

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

/** A record an event is about, as a person knows it. */
export type AuditRecord = {
  /** A user's name, a partner's English name, an agreement's reference number, a contact's name. */
  name: string;
  /** What goes with the name: a user's email, an agreement's title, a contact's partner. */
  detail: string | null;
  /** Deleted (and restorable): still named, but its page no longer opens. */
  isDeleted: boolean;
  /** The record page that shows it (a contact's is its partner's), while there is one to open. */
  page: { type: RecordPageType; id: string } | null;
};

export type RecordPageType = "User" | "Partner" | "Agreement";

/** What an id in a change stands for (a partner among an agreement's partners, its owner). */
export type ReferenceName = { name: string; nameZh?: string | null };

export type NamedAuditRow = AuditRow & {
  /** Null when the event is about no record, or one that is gone for good or unknown. */
  record: AuditRecord | null;
  /** The ids its changes mention (partners, owner, renewals…), by id. */
  names: Record<string, ReferenceName>;
};

export type AuditPage = { rows: NamedAuditRow[]; nextCursor: string | null; previousCursor: string | null };


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

const isPair = (value: unknown): value is [unknown, unknown] => Array.isArray(value) && value.length === 2;

function toRow(row: SelectedRow): AuditRow {
  // Some writers store plain values beside or instead of [before, after] pairs (a failed
  // sign-in's { email, reason }, turning two-factor off's { twoFactor: [true, false],
  // confirmedWith: "code" }): a plain value is shown as the value after the event.
  const changes: AuditChanges | null =
    row.changes && typeof row.changes === "object" && !Array.isArray(row.changes)
      ? Object.fromEntries(Object.entries(row.changes).map(([key, value]) => [key, isPair(value) ? value : [null, value]]))
      : null;
  return { ...row, id: row.id.toString(), changes };
}

// ---------- names ----------

type Kind = "User" | "Partner" | "Agreement" | "PartnerContact" | "UserIdentity" | "Faculty";
type Found = AuditRecord & { nameZh?: string | null };

/** Entity types named in the "record" column. */
const NAMED_TYPES: ReadonlySet<string> = new Set<Kind>(["User", "Partner", "Agreement", "PartnerContact", "UserIdentity"]);

/**
 * Change fields (and export filters) whose values are ids of other records. Only values that
 * are UUIDs are looked up, so a field of that name in another shape costs nothing.
 */
const REFERENCES: ReadonlyMap<string, Kind> = new Map([
  ["partnerId", "Partner"], ["partners", "Partner"], ["partner", "Partner"],
  ["ownerId", "User"], ["owner", "User"], ["userId", "User"],
  ["supersedesId", "Agreement"], ["supersededBy", "Agreement"],
  ["faculties", "Faculty"], ["faculty", "Faculty"],
]);

const live = (type: RecordPageType, id: string, deletedAt: Date | null) => (deletedAt ? null : { type, id });

/** One query per kind, by primary key, for all the ids of that kind at once. */
const LOOKUPS: Record<Kind, (ids: string[]) => Promise<[string, Found][]>> = {
  User: async (ids) =>
    (await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map((user) => [
      user.id,
      { name: user.name, detail: user.email, isDeleted: false, page: { type: "User", id: user.id } },
    ]),
  Partner: async (ids) =>
    (await db().partner.findMany({ where: { id: { in: ids } }, select: { id: true, nameEn: true, deletedAt: true } })).map((partner) => [
      partner.id,
      { name: partner.nameEn, detail: null, isDeleted: partner.deletedAt !== null, page: live("Partner", partner.id, partner.deletedAt) },
    ]),
  Agreement: async (ids) =>
    (
      await db().agreement.findMany({ where: { id: { in: ids } }, select: { id: true, referenceNumber: true, title: true, deletedAt: true } })
    ).map((agreement) => [
      agreement.id,
      { name: agreement.referenceNumber, detail: agreement.title, isDeleted: agreement.deletedAt !== null, page: live("Agreement", agreement.id, agreement.deletedAt) },
    ]),
  // A contact shows on its partner's page.
  PartnerContact: async (ids) =>
    (
      await db().partnerContact.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, deletedAt: true, partner: { select: { id: true, nameEn: true, deletedAt: true } } },
      })
    ).map((contact) => [
      contact.id,
      {
        name: contact.name,
        detail: contact.partner.nameEn,
        isDeleted: contact.deletedAt !== null,
        // A removed contact's history stays on its partner's page.
        page: live("Partner", contact.partner.id, contact.partner.deletedAt),
      },
    ]),
  // A single sign-on identity is its user's, and shows on their page.
  UserIdentity: async (ids) =>
    (
      await db().userIdentity.findMany({ where: { id: { in: ids } }, select: { id: true, issuer: true, user: { select: { id: true, name: true } } } })
    ).map((identity) => [identity.id, { name: identity.user.name, detail: identity.issuer, isDeleted: false, page: { type: "User", id: identity.user.id } }]),
  Faculty: async (ids) =>
    (await db().faculty.findMany({ where: { id: { in: ids } }, select: { id: true, nameEn: true, nameZh: true } })).map((faculty) => [
      faculty.id,
      { name: faculty.nameEn, nameZh: faculty.nameZh, detail: null, isDeleted: false, page: null },
    ]),
};

const uuidsIn = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === "string" && isUuid(item));

/** The ids a change mentions, each with its kind: reference fields, and those of an export's filters. */
function referencesIn(changes: AuditChanges | null): [Kind, string][] {
  return Object.entries(changes ?? {}).flatMap(([field, pair]) => {
    const kind = REFERENCES.get(field);
    if (kind) return pair.flatMap(uuidsIn).map((id): [Kind, string] => [kind, id]);
    const [, filters] = pair;
    if (field !== "filters" || typeof filters !== "object" || filters === null) return [];
    return Object.entries(filters).flatMap(([key, value]) => {
      const filterKind = REFERENCES.get(key);
      return filterKind ? uuidsIn(value).map((id): [Kind, string] => [filterKind, id]) : [];
    });
  });
}

type Wanted = Map<Kind, Set<string>>;

/** Looks up every wanted id: one query per kind, those of a page at once. */
async function lookUp(wanted: Wanted): Promise<Map<Kind, Map<string, Found>>> {
  return new Map(await Promise.all([...wanted].map(async ([kind, ids]) => [kind, new Map(await LOOKUPS[kind]([...ids]))] as const)));
}

const recordKind = (entityType: string, entityId: string | null): Kind | null =>
  entityId && NAMED_TYPES.has(entityType) && isUuid(entityId) ? (entityType as Kind) : null;

const asRecord = ({ name, detail, isDeleted, page }: Found): AuditRecord => ({ name, detail, isDeleted, page });

/**
 * The rows with their records and the ids their changes mention named, in at most one query
 * per kind of record (users, partners, agreements…) whatever the number of rows.
 */
async function nameRows(rows: AuditRow[], options: { records: boolean }): Promise<NamedAuditRow[]> {
  const wanted: Wanted = new Map();
  const want = (kind: Kind, id: string) => wanted.set(kind, (wanted.get(kind) ?? new Set()).add(id));
  for (const row of rows) {
    const kind = options.records ? recordKind(row.entityType, row.entityId) : null;
    if (kind && row.entityId) want(kind, row.entityId);
    for (const [refKind, id] of referencesIn(row.changes)) want(refKind, id);
  }
  const found = await lookUp(wanted);
  return rows.map((row) => {
    const kind = options.records ? recordKind(row.entityType, row.entityId) : null;
    const record = kind && row.entityId ? found.get(kind)?.get(row.entityId) : undefined;
    const names: Record<string, ReferenceName> = {};
    for (const [refKind, id] of referencesIn(row.changes)) {
      const named = found.get(refKind)?.get(id);
      if (named) names[id] = named.nameZh ? { name: named.name, nameZh: named.nameZh } : { name: named.name };
    }
    return { ...row, record: record ? asRecord(record) : null, names };
  });
}

/** One record as the audit log names it (for "only the events of …"), or null when unknown. */
export async function getAuditRecord(actor: Actor | null, entityType: string, entityId: string): Promise<AuditRecord | null> {
  assertRole(actor, ADMIN_ONLY);
  const kind = recordKind(entityType, entityId);
  if (!kind) return null;
  const found = (await lookUp(new Map([[kind, new Set([entityId])]]))).get(kind)?.get(entityId);
  return found ? asRecord(found) : null;
}

/** A filter's day, or null for none: an impossible one (2091-02-30) is ignored like any other text, not rolled into March. */
function parseDay(value: string | undefined): Date | null {
  return value && isCalendarDay(value) ? new Date(`${value}T00:00:00.000Z`) : null;
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
    rows: await nameRows(page.map(toRow), { records: true }),
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
export async function listEntityHistory(actor: Actor | null, entityType: string, entityId: string, limit = 20): Promise<NamedAuditRow[]> {
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
  const shown = rows.map(toRow).map((row) => {
    if (!part || row.entityType !== part.entityType || !row.changes) return row;
    const { [part.parentField]: _parent, ...changes } = row.changes;
    return { ...row, changes };
  });
  // The page is the record: only the ids its changes mention need names.
  return nameRows(shown, { records: false });
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
export async function listActionsBy(actor: Actor | null, userId: string, limit = 10): Promise<NamedAuditRow[]> {
  assertRole(actor, ADMIN_ONLY);
  if (!isUuid(userId)) return [];
  const rows = await db().auditEvent.findMany({
    where: { actorId: userId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: rowSelect,
  });
  // Each action names the record it touched, as the audit log does.
  return nameRows(rows.map(toRow), { records: true });
}
