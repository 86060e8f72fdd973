import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { recordAudit, changedFields } from "./audit";
import { AppError } from "./errors";
import type { Actor } from "./current-user";

/** Remembers a signed-in user's interface language, so it follows them to other browsers. */
export async function updateUserLocale(actor: Actor | null, locale: Locale): Promise<void> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (actor.locale === locale) return;
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { locale, version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "UPDATE",
      entityType: "User",
      entityId: actor.id,
      changes: changedFields({ locale: actor.locale }, { locale }),
    });
  });
}
