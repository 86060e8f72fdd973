import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "./audit";
import { AppError } from "./errors";

// Invitation links: an admin creates a user without a password and sends them a link; the
// invitee sets their own password there. Only a SHA-256 of the link's token is stored, so
// a copy of the database cannot be used to take over a pending account. The token carries
// 256 random bits, so a fast hash is enough (nothing to brute-force, unlike a password).

export const INVITATION_TTL_HOURS = 72;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a new link for a user, replacing any earlier link not yet used. Call inside the
 * transaction of the change that asks for it; returns the token, which is shown once.
 */
export async function issueInvitation(tx: Prisma.TransactionClient, userId: string, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_HOURS * 60 * 60 * 1000);
  await tx.userInvitation.deleteMany({ where: { userId, acceptedAt: null } });
  await tx.userInvitation.create({ data: { userId, tokenHash: hashInvitationToken(token), expiresAt, createdAt: now } });
  return { token, expiresAt };
}

export type InvitationView =
  | { status: "valid"; name: string; email: string; expiresAt: Date }
  | { status: "expired" | "used" | "unknown" };

/**
 * What the public /invite/[token] page may show. The link itself is the credential: whoever
 * holds it sees the account's name and email, nothing else.
 */
export async function getInvitation(token: string, now = new Date()): Promise<InvitationView> {
  if (!TOKEN_PATTERN.test(token)) return { status: "unknown" };
  const invitation = await db().userInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { expiresAt: true, acceptedAt: true, user: { select: { name: true, email: true, disabledAt: true } } },
  });
  if (!invitation || invitation.user.disabledAt) return { status: "unknown" };
  if (invitation.acceptedAt) return { status: "used" };
  if (invitation.expiresAt <= now) return { status: "expired" };
  return { status: "valid", name: invitation.user.name, email: invitation.user.email, expiresAt: invitation.expiresAt };
}

/**
 * Sets the invitee's password and uses up the link, in one transaction with its audit row.
 * Refused (INVALID, field "token") when the link is unknown, used, expired or the account
 * disabled; a link can succeed once even when submitted twice at the same moment.
 */
export async function acceptInvitation(token: string, password: string, now = new Date()): Promise<{ email: string }> {
  const problem = passwordProblem(password);
  if (problem) throw new AppError("INVALID", problem, { name: "password", messageKey: problem });
  const view = await getInvitation(token, now);
  if (view.status !== "valid") throw new AppError("INVALID", `invitation ${view.status}`, { name: "token", messageKey: view.status });
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const invitation = await tx.userInvitation.findUniqueOrThrow({
      where: { tokenHash: hashInvitationToken(token) },
      select: { id: true, userId: true },
    });
    // Claims the link: only one of two simultaneous submissions finds it still open.
    const claimed = await tx.userInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("INVALID", "invitation used", { name: "token", messageKey: "used" });
    const before = await tx.user.findUniqueOrThrow({ where: { id: invitation.userId }, select: { sessionVersion: true, email: true } });
    await tx.user.update({
      where: { id: invitation.userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: invitation.userId,
      action: "UPDATE",
      entityType: "User",
      entityId: invitation.userId,
      changes: { password: [null, "SET_FROM_INVITATION"], sessionVersion: [before.sessionVersion, before.sessionVersion + 1] },
    });
    return { email: before.email };
  });
}
