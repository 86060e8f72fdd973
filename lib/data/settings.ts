import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertRole } from "./access";
import { changedFields, recordAudit } from "./audit";
import type { Actor } from "./current-user";
import { AppError } from "./errors";

// Settings the admin changes on /admin/settings, one Setting row per key.

export const REQUIRE_TWO_FACTOR_KEY = "security.requireTwoFactor";
/** The roles the "require two-factor" setting applies to. */
const TWO_FACTOR_ROLES: readonly Role[] = ["ADMIN", "STAFF"];

export type SecuritySettings = { requireTwoFactor: boolean };

async function readRequireTwoFactor(): Promise<boolean> {
  const row = await db().setting.findUnique({ where: { key: REQUIRE_TWO_FACTOR_KEY }, select: { value: true } });
  return row?.value === true;
}

/**
 * Whether a user of this role must have two-factor sign-in. No actor: getCurrentUser() asks
 * it while deciding who the actor is; it reveals one flag and nothing else.
 */
export async function isTwoFactorRequiredFor(role: Role): Promise<boolean> {
  return TWO_FACTOR_ROLES.includes(role) && (await readRequireTwoFactor());
}

export async function getSecuritySettings(actor: Actor | null): Promise<SecuritySettings> {
  assertRole(actor, ["ADMIN"]);
  return { requireTwoFactor: await readRequireTwoFactor() };
}

/**
 * Changes the security settings, audited. Requiring two-factor sign-in is refused while the
 * admin has not set it up for themselves: they would be sent to enrol at once.
 */
export async function updateSecuritySettings(actor: Actor | null, settings: SecuritySettings): Promise<void> {
  const admin = assertRole(actor, ["ADMIN"]);
  if (settings.requireTwoFactor) {
    const own = await db().user.findUniqueOrThrow({ where: { id: admin.id }, select: { totpEnabledAt: true } });
    if (!own.totpEnabledAt) throw new AppError("INVALID", "enrol first", { name: "requireTwoFactor", messageKey: "account.settings.enrolFirst" });
  }
  await db().$transaction(async (tx) => {
    const row = await tx.setting.findUnique({ where: { key: REQUIRE_TWO_FACTOR_KEY }, select: { value: true } });
    const before = row?.value === true;
    if (before === settings.requireTwoFactor) return;
    await tx.setting.upsert({
      where: { key: REQUIRE_TWO_FACTOR_KEY },
      create: { key: REQUIRE_TWO_FACTOR_KEY, value: settings.requireTwoFactor, updatedById: admin.id },
      update: { value: settings.requireTwoFactor, updatedById: admin.id },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "UPDATE",
      entityType: "Setting",
      entityId: REQUIRE_TWO_FACTOR_KEY,
      changes: changedFields({ value: before }, { value: settings.requireTwoFactor }),
    });
  });
}
