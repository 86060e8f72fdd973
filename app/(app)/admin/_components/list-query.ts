import { z } from "zod";
import type { AuditFilters } from "@/lib/data/audit-log";
import type { UserListFilters } from "@/lib/data/admin-users";
import { AUDIT_ACTIONS } from "./audit-actions";

// The URL is the state of the admin lists: each page parses its searchParams once with a
// tolerant schema (a bad value is ignored, never an error page), and builds its links with
// listHref so filters survive paging and paging restarts when a filter changes.

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** "any" is what the filter forms submit for "all"; it means no filter. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const text = (max: number) => optional(z.string().trim().max(max).transform((v) => (v === "" ? undefined : v)));
const cursor = optional(z.string().regex(/^[0-9a-zA-Z-]{1,64}$/));
const day = optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

function first(params: RawSearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

const usersSchema = z.object({
  q: text(200),
  role: optional(z.enum(["ADMIN", "STAFF", "STUDENT"])),
  status: optional(z.enum(["active", "disabled"])),
  twoFactor: optional(z.enum(["on", "off"])),
  after: cursor,
  before: cursor,
});

export type UsersQuery = z.infer<typeof usersSchema>;

export function parseUsersQuery(params: RawSearchParams): UsersQuery {
  return usersSchema.parse(first(params));
}

export function userFilters(query: UsersQuery): UserListFilters {
  return { q: query.q, role: query.role, status: query.status, twoFactor: query.twoFactor };
}

const auditSchema = z.object({
  actor: optional(z.uuid()),
  type: text(40),
  entity: text(200),
  action: optional(z.enum(AUDIT_ACTIONS)),
  from: day,
  to: day,
  after: cursor,
  before: cursor,
});

export type AuditQuery = z.infer<typeof auditSchema>;

export function parseAuditQuery(params: RawSearchParams): AuditQuery {
  return auditSchema.parse(first(params));
}

export function auditFilters(query: AuditQuery): AuditFilters {
  return { actorId: query.actor, entityType: query.type, entityId: query.entity, action: query.action, from: query.from, to: query.to };
}

/** True when any filter (not paging) is set. */
export function hasFilters(query: Record<string, string | undefined>): boolean {
  return Object.entries(query).some(([key, value]) => key !== "after" && key !== "before" && value !== undefined);
}

/** A link to the list with the query's values, overridden (undefined removes a value). */
export function listHref(path: string, query: Record<string, string | undefined>, overrides: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...overrides })) if (value !== undefined && value !== "") params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
