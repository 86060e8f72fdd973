import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "./errors";
import type { Actor } from "./current-user";

// Role checks for data-layer functions: each function states who may call it, first thing.

export const OFFICE_ROLES = ["ADMIN", "STAFF"] as const satisfies readonly Role[];

/** Returns the actor when their role is allowed; throws UNAUTHENTICATED or FORBIDDEN otherwise. */
export function assertRole(actor: Actor | null, roles: readonly Role[]): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!roles.includes(actor.role)) throw new AppError("FORBIDDEN");
  return actor;
}
