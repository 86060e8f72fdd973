import { describe, expect, it } from "vitest";
import { parseAgreementListParams } from "@/lib/agreements/list-params";
import { db } from "@/lib/db";
import { createPartner } from "@/lib/seed/partners";
import { createDemoUser } from "@/lib/seed/users";
import { exportAgreements } from "./agreements-export";
import type { Actor } from "./current-user";

const staff = async (): Promise<Actor> => ({ ...(await createDemoUser(db(), { email: `agr-export-${crypto.randomUUID()}@example.edu`, role: "STAFF" })), locale: null });
const all = async <T>(rows: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
};

describe("exportAgreements", () => {
  it("streams exactly the filtered list across batches, with the status as shown and every partner", async () => {
    const tag = `EXP${crypto.randomUUID().slice(0, 6)}`;
    const [one, two] = [await createPartner(db(), { nameEn: `Alpha ${tag}`, country: "FR" }), await createPartner(db(), { nameEn: `Beta ${tag}`, country: "JP" })];
    const ids = Array.from({ length: 1105 }, () => crypto.randomUUID());
    const owner = await staff();
    await db().agreement.createMany({
      data: ids.map((id, i) => ({
        id, referenceNumber: `${tag}-${String(i).padStart(4, "0")}`, title: `Export test ${tag} ${i}`, kind: "MOU" as const,
        // Every tenth is active but past its expiry: it shows, and exports, as expired.
        status: "ACTIVE" as const, effectiveOn: new Date("2015-01-01"), expiresOn: new Date(i % 10 ? "2099-01-01" : "2020-01-01"),
        deletedAt: i === 7 ? new Date() : null,
        // One has a termination still to come and an owner: the export carries the date, and
        // the owner as "Name <email>" (the import reads the email back).
        terminatesOn: i === 3 ? new Date("2098-01-31") : null,
        ownerId: i === 3 ? owner.id : null,
      })),
    });
    await db().agreementPartner.createMany({ data: [...ids.map((agreementId) => ({ agreementId, partnerId: one.id })), { agreementId: ids[1]!, partnerId: two.id }] });

    const actor = await staff();
    const rows = await all(await exportAgreements(actor, parseAgreementListParams({ q: tag, sort: "reference" })));
    expect(rows).toHaveLength(1104);
    expect(rows.map((row) => row.referenceNumber)).toEqual([...rows.map((row) => row.referenceNumber)].sort());
    expect(rows.find((row) => row.referenceNumber.endsWith("-0001"))).toMatchObject({ partners: [`Alpha ${tag}`, `Beta ${tag}`], countries: expect.arrayContaining(["FR", "JP"]) });
    expect(rows.filter((row) => row.status === "EXPIRED")).toHaveLength(111);
    expect(rows.find((row) => row.referenceNumber.endsWith("-0003"))).toMatchObject({
      status: "ACTIVE",
      terminatesOn: new Date("2098-01-31"),
      owner: `${owner.name} <${owner.email}>`,
    });
    expect(await all(await exportAgreements(actor, parseAgreementListParams({ q: tag, status: "EXPIRED" })))).toHaveLength(111);
    expect(await db().auditEvent.count({ where: { actorId: actor.id, action: "EXPORT", entityType: "Agreement" } })).toBe(2);
  });
});
