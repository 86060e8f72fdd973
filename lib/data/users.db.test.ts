import { describe, expect, it } from "vitest";
import { createDemoUser } from "@/lib/seed/users";
import { db } from "@/lib/db";
import { updateUserLocale } from "./users";

describe("updateUserLocale", () => {
  it("saves the language on the account and audits the change in the same breath", async () => {
    const user = await createDemoUser(db(), { email: `locale-${crypto.randomUUID()}@example.edu`, role: "STAFF" });
    await updateUserLocale({ ...user, locale: null }, "zh");

    const saved = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true, version: true } });
    expect(saved).toEqual({ locale: "zh", version: 2 });
    const audit = await db().auditEvent.findMany({ where: { entityType: "User", entityId: user.id, action: "UPDATE" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, changes: { locale: [null, "zh"] } });
  });

  it("refuses an anonymous caller", async () => {
    await expect(updateUserLocale(null, "en")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
