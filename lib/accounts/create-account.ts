import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type NewAccount = { email: string; name: string; role: Role; password: string };

export class AccountExistsError extends Error {
  constructor(email: string) {
    super(`A user with the email ${email} already exists.`);
  }
}

/**
 * Creates a user with an argon2id password hash, audited in the same transaction. Used by
 * `npm run user:create` (no actor: the operator at the server) and by tests; the admin
 * screens go through the data layer, which checks the actor first.
 */
export async function createAccount(client: Db, account: NewAccount, actorId: string | null = null) {
  const email = account.email.trim().toLowerCase();
  if (await client.user.findUnique({ where: { email }, select: { id: true } })) throw new AccountExistsError(email);
  const passwordHash = await hashPassword(account.password);
  return client.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name: account.name.trim(), role: account.role, passwordHash, createdById: actorId },
      select: { id: true, email: true, role: true },
    });
    await tx.auditEvent.create({
      data: {
        actorId,
        action: "CREATE",
        entityType: "User",
        entityId: user.id,
        changes: { email: [null, user.email], role: [null, user.role], name: [null, account.name.trim()] },
      },
    });
    return user;
  });
}
