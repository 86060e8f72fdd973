import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "./errors";
import type { Actor } from "./current-user";

// Role checks for data-layer functions: each function states who may call it, first thing.

export const OFFICE_ROLES = ["ADMIN", "STAFF"] as const satisfies readonly Role[];
export const ALL_ROLES = ["ADMIN", "STAFF", "STUDENT"] as const satisfies readonly Role[];

/**
 * Returns the actor when their role is allowed; throws UNAUTHENTICATED or FORBIDDEN otherwise.
 * A user who must still set up two-factor sign-in (actor.twoFactorPending) is refused here,
 * so every data function is closed to them until they have enrolled on /account.
 */
export function assertRole(actor: Actor | null, roles: readonly Role[]): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (actor.twoFactorPending) throw new AppError("FORBIDDEN", "two-factor enrolment required");
  if (!roles.includes(actor.role)) throw new AppError("FORBIDDEN");
  return actor;
}

/**
 * Any signed-in user, including one who must still set up two-factor sign-in: only for the
 * account's own functions (password, two-factor, sessions) that enrolment needs.
 */
export function assertSignedIn(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
