import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { generatePassword } from "@/lib/auth/password-policy";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/ids";
import { assertRole } from "./access";
import { changedFields, recordAudit } from "./audit";
import type { Actor } from "./current-user";
import { assertUnchangedSince } from "./conflict";
import { AppError } from "./errors";
import { issueInvitation } from "./invitations";
import { bumpSessionVersion } from "./sessions";

// The administration of user accounts (/admin/users). Admins only, every function.
// Changes that must end the user's sessions (role, disable, password reset, "end sessions")
// bump sessionVersion in the same transaction; getCurrentUser() then refuses older tokens.
// No change may leave the system without an active admin: see lockActiveAdmins().

const ADMIN_ONLY = ["ADMIN"] as const satisfies readonly Role[];

export const USER_PAGE_SIZE = 50;

export type UserStatusFilter = "active" | "disabled";
export type TwoFactorFilter = "on" | "off";

export type UserListFilters = {
  /** Part of a name or an email address, any case. */
  q?: string;
  role?: Role;
  status?: UserStatusFilter;
  twoFactor?: TwoFactorFilter;
};

/** Keyset position: the id of the row the page starts after (or ends before). */
export type PageCursor = { after?: string; before?: string };

/** How a user signs in today, for the list's badges. */
export type SignInState = "password" | "sso" | "invited" | "invitationExpired" | "none";

export type UserListRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  isDisabled: boolean;
  hasTwoFactor: boolean;
  signIn: SignInState;
  lastSignInAt: Date | null;
};

export type Page<T> = { rows: T[]; total: number; nextCursor: string | null; previousCursor: string | null };

const listSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  disabledAt: true,
  totpEnabledAt: true,
  lastSignInAt: true,
  // Read only to tell "has a password" from "invited"; never leaves this module.
  passwordHash: true,
  invitations: { where: { acceptedAt: null }, orderBy: { createdAt: "desc" }, take: 1, select: { expiresAt: true } },
  _count: { select: { identities: true } },
} satisfies Prisma.UserSelect;

type ListedUser = Prisma.UserGetPayload<{ select: typeof listSelect }>;

function signInState(user: Pick<ListedUser, "passwordHash" | "invitations" | "_count">, now: Date): SignInState {
  if (user.passwordHash) return "password";
  if (user._count.identities > 0) return "sso";
  const invitation = user.invitations[0];
  if (!invitation) return "none";
  return invitation.expiresAt > now ? "invited" : "invitationExpired";
}

function toListRow(user: ListedUser, now: Date): UserListRow {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    isDisabled: user.disabledAt !== null,
    hasTwoFactor: user.totpEnabledAt !== null,
    signIn: signInState(user, now),
    lastSignInAt: user.lastSignInAt,
  };
}

/**
 * Name or email contains the text, any case. Prisma passes % and _ through to LIKE as
 * wildcards, so they are escaped here (backslash is PostgreSQL's default LIKE escape).
 */
export function nameOrEmailContains(text: string): Prisma.UserWhereInput {
  const q = text.trim().replace(/[\\%_]/g, "\\$&");
  return q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }] } : {};
}

function userWhere(filters: UserListFilters): Prisma.UserWhereInput {
  return {
    ...nameOrEmailContains(filters.q ?? ""),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status === "active" ? { disabledAt: null } : filters.status === "disabled" ? { disabledAt: { not: null } } : {}),
    ...(filters.twoFactor === "on" ? { totpEnabledAt: { not: null } } : filters.twoFactor === "off" ? { totpEnabledAt: null } : {}),
  };
}

// Users are listed by name, then id; a cursor is a user id whose (name, id) is looked up, so
// no name or email ever appears in a URL.
const afterRow = (row: { name: string; id: string }): Prisma.UserWhereInput => ({
  OR: [{ name: { gt: row.name } }, { name: row.name, id: { gt: row.id } }],
});
const beforeRow = (row: { name: string; id: string }): Prisma.UserWhereInput => ({
  OR: [{ name: { lt: row.name } }, { name: row.name, id: { lt: row.id } }],
});

/** One page of users matching the filters, with the total count. */
export async function listUsers(
  actor: Actor | null,
  filters: UserListFilters,
  cursor: PageCursor = {},
  pageSize = USER_PAGE_SIZE,
  now = new Date(),
): Promise<Page<UserListRow>> {
  assertRole(actor, ADMIN_ONLY);
  const where = userWhere(filters);
  const cursorId = cursor.before ?? cursor.after;
  const anchor =
    cursorId && isUuid(cursorId) ? await db().user.findUnique({ where: { id: cursorId }, select: { id: true, name: true } }) : null;
  const isBackward = Boolean(anchor && cursor.before);

  const [found, total] = await Promise.all([
    db().user.findMany({
      where: anchor ? { AND: [where, isBackward ? beforeRow(anchor) : afterRow(anchor)] } : where,
      orderBy: isBackward ? [{ name: "desc" }, { id: "desc" }] : [{ name: "asc" }, { id: "asc" }],
      take: pageSize + 1,
      select: listSelect,
    }),
    db().user.count({ where }),
  ]);
  const hasMore = found.length > pageSize;
  const page = found.slice(0, pageSize);
  if (isBackward) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const exists = async (extra: Prisma.UserWhereInput) => (await db().user.findFirst({ where: { AND: [where, extra] }, select: { id: true } })) !== null;

  const hasPrevious = !anchor || !first ? false : isBackward ? hasMore : await exists(beforeRow(first));
  const hasNext = !last ? false : isBackward ? await exists(afterRow(last)) : hasMore;
  return {
    rows: page.map((user) => toListRow(user, now)),
    total,
    nextCursor: hasNext && last ? last.id : null,
    previousCursor: hasPrevious && first ? first.id : null,
  };
}

export type UserDetail = UserListRow & {
  version: number;
  ssoLinkAllowed: boolean;
  disabledAt: Date | null;
  totpEnabledAt: Date | null;
  unusedRecoveryCodes: number;
  createdAt: Date;
  createdBy: { id: string; name: string } | null;
  studentNumber: string | null;
  faculty: string | null;
  identities: { issuer: string; email: string | null; createdAt: Date }[];
  invitationExpiresAt: Date | null;
  /** The only active admin: the UI says so instead of offering a change that would fail. */
  isLastActiveAdmin: boolean;
};

/** Everything the user's page shows about them (no secrets). NOT_FOUND for an unknown id. */
export async function getUserDetail(actor: Actor | null, id: string, now = new Date()): Promise<UserDetail> {
  assertRole(actor, ADMIN_ONLY);
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const user = await db().user.findUnique({
    where: { id },
    select: {
      ...listSelect,
      version: true,
      ssoLinkAllowed: true,
      createdAt: true,
      createdById: true,
      studentNumber: true,
      faculty: { select: { nameEn: true } },
      identities: { select: { issuer: true, email: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      _count: { select: { identities: true, recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (!user) throw new AppError("NOT_FOUND");
  const [createdBy, activeAdmins] = await Promise.all([
    user.createdById ? db().user.findUnique({ where: { id: user.createdById }, select: { id: true, name: true } }) : null,
    user.role === "ADMIN" && !user.disabledAt ? db().user.count({ where: { role: "ADMIN", disabledAt: null } }) : 0,
  ]);
  const invitation = user.invitations[0];
  return {
    ...toListRow(user, now),
    version: user.version,
    ssoLinkAllowed: user.ssoLinkAllowed,
    disabledAt: user.disabledAt,
    totpEnabledAt: user.totpEnabledAt,
    unusedRecoveryCodes: user._count.recoveryCodes,
    createdAt: user.createdAt,
    createdBy,
    studentNumber: user.studentNumber,
    faculty: user.faculty?.nameEn ?? null,
    identities: user.identities,
    invitationExpiresAt: invitation && !user.passwordHash ? invitation.expiresAt : null,
    isLastActiveAdmin: user.role === "ADMIN" && !user.disabledAt && activeAdmins <= 1,
  };
}

// ---------- changes ----------

export type SignInMethod = "password" | "invitation";

/** What a create or a password reset hands back once: the password or the link's token. */
export type IssuedCredential =
  | { method: "password"; password: string }
  | { method: "invitation"; token: string; expiresAt: Date };

export type NewUser = { name: string; email: string; role: Role; ssoLinkAllowed: boolean; method: SignInMethod };

const emailTaken = () => new AppError("CONFLICT", "email taken", { name: "email", messageKey: "emailTaken" });

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Creates a user with either a generated one-time password or an invitation link (72 h),
 * audited in the same transaction. The password or token is returned once and never stored
 * in clear.
 */
export async function createUser(actor: Actor | null, input: NewUser): Promise<{ id: string; credential: IssuedCredential }> {
  const admin = assertRole(actor, ADMIN_ONLY);
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  const password = input.method === "password" ? generatePassword() : null;
  const passwordHash = password ? await hashPassword(password) : null;
  try {
    return await db().$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
      const user = await tx.user.create({
        data: { email, name, role: input.role, ssoLinkAllowed: input.ssoLinkAllowed, passwordHash, createdById: admin.id },
        select: { id: true },
      });
      const credential: IssuedCredential = password
        ? { method: "password", password }
        : { method: "invitation", ...(await issueInvitation(tx, user.id)) };
      await recordAudit(tx, {
        actorId: admin.id,
        action: "CREATE",
        entityType: "User",
        entityId: user.id,
        changes: {
          email: [null, email],
          name: [null, name],
          role: [null, input.role],
          ssoLinkAllowed: [null, input.ssoLinkAllowed],
          password: [null, password ? "ONE_TIME_PASSWORD" : "INVITATION_SENT"],
        },
      });
      return { id: user.id, credential };
    });
  } catch (error) {
    // Two admins creating the same email at once: the unique index decides.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

type Tx = Prisma.TransactionClient;

/**
 * Locks every active admin's row (in id order, so two callers cannot deadlock) and returns
 * their ids. A second transaction doing the same waits here until the first commits, and
 * then sees the admins as the first left them: two admins demoting each other at once
 * cannot both succeed. Also re-checks that the actor is still an active admin.
 */
async function lockActiveAdmins(tx: Tx, actorId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
  const ids = rows.map((row) => row.id);
  if (!ids.includes(actorId)) throw new AppError("FORBIDDEN");
  return ids;
}

const lastAdmin = (field: string) => new AppError("CONFLICT", "last active admin", { name: field, messageKey: "lastAdmin" });

/** Locks the user's row for the rest of the transaction and reads what the change needs. */
async function lockUser(tx: Tx, id: string) {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${id}::uuid FOR UPDATE`;
  const user = await tx.user.findUnique({
    where: { id },
    select: { id: true, name: true, role: true, ssoLinkAllowed: true, disabledAt: true, sessionVersion: true, version: true, totpEnabledAt: true },
  });
  if (!user) throw new AppError("NOT_FOUND");
  return user;
}

export type UserChanges = { name: string; role: Role; ssoLinkAllowed: boolean; version: number };

/**
 * Edits name, role and single sign-on linking, refusing a stale form (optimistic `version`).
 * A role change ends the user's sessions and may not demote the last active admin.
 */
export async function updateUser(actor: Actor | null, id: string, changes: UserChanges): Promise<void> {
  const admin = assertRole(actor, ADMIN_ONLY);
  await db().$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx, admin.id);
    const before = await lockUser(tx, id);
    const { version, ...typed } = changes;
    await assertUnchangedSince(tx, { entityType: "User", id, saved: before }, version, typed);
    const isRoleChange = before.role !== changes.role;
    if (isRoleChange && admins.includes(id) && admins.length <= 1) throw lastAdmin("role");
    const after = {
      name: changes.name.trim(),
      role: changes.role,
      ssoLinkAllowed: changes.ssoLinkAllowed,
      ...(isRoleChange ? { sessionVersion: before.sessionVersion + 1 } : {}),
    };
    const diff = changedFields(before, after);
    if (Object.keys(diff).length === 0) return;
    await tx.user.update({ where: { id }, data: { ...after, version: { increment: 1 } } });
    await recordAudit(tx, { actorId: admin.id, action: "UPDATE", entityType: "User", entityId: id, changes: diff });
  });
}

/** Disables (ending every session) or re-enables an account. The last active admin stays. */
export async function setUserDisabled(actor: Actor | null, id: string, disabled: boolean, now = new Date()): Promise<void> {
  const admin = assertRole(actor, ADMIN_ONLY);
  await db().$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx, admin.id);
    const before = await lockUser(tx, id);
    if (disabled === (before.disabledAt !== null)) return;
    if (disabled && admins.includes(id) && admins.length <= 1) throw lastAdmin("disabled");
    const after = disabled ? { disabledAt: now, sessionVersion: before.sessionVersion + 1 } : { disabledAt: null };
    await tx.user.update({ where: { id }, data: { ...after, version: { increment: 1 } } });
    await recordAudit(tx, { actorId: admin.id, action: "UPDATE", entityType: "User", entityId: id, changes: changedFields(before, after) });
  });
}

/** Ends every session of the user: their next request with an older token is refused. */
export async function endUserSessions(actor: Actor | null, id: string): Promise<void> {
  const admin = assertRole(actor, ADMIN_ONLY);
  await db().$transaction(async (tx) => {
    await lockUser(tx, id);
    const after = await bumpSessionVersion(tx, id);
    await recordAudit(tx, {
      actorId: admin.id,
      action: "UPDATE",
      entityType: "User",
      entityId: id,
      changes: { sessionVersion: [after - 1, after] },
    });
  });
}

/**
 * Turns two-factor sign-in off for a user who lost their device: clears the TOTP secret,
 * its enrolment date and every recovery code. The audit row says so without the secret.
 */
export async function resetUserTwoFactor(actor: Actor | null, id: string): Promise<void> {
  const admin = assertRole(actor, ADMIN_ONLY);
  await db().$transaction(async (tx) => {
    const before = await lockUser(tx, id);
    const codes = await tx.userRecoveryCode.deleteMany({ where: { userId: id } });
    await tx.user.update({ where: { id }, data: { totpSecret: null, totpEnabledAt: null, version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "UPDATE",
      entityType: "User",
      entityId: id,
      changes: { ...changedFields(before, { totpEnabledAt: null }), recoveryCodes: [codes.count, 0] },
    });
  });
}

/**
 * Replaces the user's password with a new one-time password, or removes it and issues a
 * new invitation link for them to choose one. Either way their sessions end.
 */
export async function resetUserPassword(actor: Actor | null, id: string, method: SignInMethod): Promise<IssuedCredential> {
  const admin = assertRole(actor, ADMIN_ONLY);
  const password = method === "password" ? generatePassword() : null;
  const passwordHash = password ? await hashPassword(password) : null;
  return db().$transaction(async (tx) => {
    const before = await lockUser(tx, id);
    await tx.user.update({
      where: { id },
      data: { passwordHash, sessionVersion: before.sessionVersion + 1, version: { increment: 1 } },
    });
    const credential: IssuedCredential = password
      ? { method: "password", password }
      : { method: "invitation", ...(await issueInvitation(tx, id)) };
    if (password) await tx.userInvitation.deleteMany({ where: { userId: id, acceptedAt: null } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "UPDATE",
      entityType: "User",
      entityId: id,
      changes: {
        password: [null, password ? "ONE_TIME_PASSWORD" : "INVITATION_SENT"],
        sessionVersion: [before.sessionVersion, before.sessionVersion + 1],
      },
    });
    return credential;
  });
}
