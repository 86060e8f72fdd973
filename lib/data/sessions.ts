import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertSignedIn } from "./access";
import { recordAudit } from "./audit";
import type { Actor } from "./current-user";
import { db } from "@/lib/db";

type UserWriter = Pick<Prisma.TransactionClient, "user">;

/**
 * Ends every session of a user: session tokens carry the sessionVersion they were issued
 * with, and getCurrentUser() refuses a token whose version is no longer the user's. Call it
 * inside the transaction of the change that requires it (password change, sign out
 * everywhere, role change, disable, an admin ending sessions). Returns the new version.
 */
export async function bumpSessionVersion(tx: UserWriter, userId: string): Promise<number> {
  const { sessionVersion } = await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return sessionVersion;
}

/** "Sign out everywhere": every session of the actor ends, this one included. */
export async function signOutEverywhere(actor: Actor | null, ip: string | null = null): Promise<void> {
  const user = assertSignedIn(actor);
  await db().$transaction(async (tx) => {
    const after = await bumpSessionVersion(tx, user.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: "SIGN_OUT",
      entityType: "User",
      entityId: user.id,
      changes: { scope: "everywhere", sessionVersion: [after - 1, after] },
      ip,
    });
  });
}
