import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parsePartnerListParams } from "@/lib/partners/list-params";
import { createAgreement } from "@/lib/seed/agreements";
import { createPartner } from "@/lib/seed/partners";
import { createDemoUser } from "@/lib/seed/users";
import type { Actor } from "./current-user";
import { readThroughListCache } from "./list-cache";
import { listPartnerFacets, listPartners } from "./partners";

const unique = () => crypto.randomUUID().slice(0, 8);

// Inside one transaction that holds the version row, with the deferred raise made to happen
// at once: other test files write at the same time, and this keeps their raises out.
async function raisesBy(write: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<bigint> {
  let raised = -1n;
  await db()
    .$transaction(async (tx) => {
      await tx.$executeRaw`LOCK TABLE "DataVersion" IN EXCLUSIVE MODE`;
      const [before] = await tx.$queryRaw<[{ version: bigint }]>`SELECT version FROM "DataVersion"`;
      await write(tx);
      await tx.$executeRaw`SET CONSTRAINTS ALL IMMEDIATE`;
      const [after] = await tx.$queryRaw<[{ version: bigint }]>`SELECT version FROM "DataVersion"`;
      raised = after.version - before.version;
      throw new Error("roll back");
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.message === "roll back")) throw error;
    });
  return raised;
}

describe("the data version", () => {
  it("rises once for a transaction, however many rows and tables it writes", async () => {
    const raised = await raisesBy(async (tx) => {
      const partner = await createPartner(tx, { nameEn: `Version ${unique()}`, country: "DE" });
      await createPartner(tx, { nameEn: `Version ${unique()}`, country: "FR" });
      await createAgreement(tx, { partnerIds: [partner.id], status: "DRAFT" });
    });
    expect(raised).toBe(1n);
  });

  it("is raised by what the lists show of users, not by their sign-in bookkeeping", async () => {
    const user = await createDemoUser(db(), { email: `version-${unique()}@example.edu`, role: "STAFF" });
    expect(await raisesBy((tx) => tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }))).toBe(0n);
    expect(await raisesBy((tx) => tx.user.update({ where: { id: user.id }, data: { name: "Renamed Owner" } }))).toBe(1n);
    expect(await raisesBy((tx) => tx.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } }))).toBe(1n);
  });
});

describe("readThroughListCache", () => {
  it("reads once per key while the data version stands, and again after a write", async () => {
    const key = `test|${unique()}`;
    let reads = 0;
    const read = async () => ++reads;
    // No write can commit between these two: the version is share-locked meanwhile.
    await db().$transaction(async (tx) => {
      await tx.$executeRaw`LOCK TABLE "DataVersion" IN SHARE MODE`;
      expect(await readThroughListCache(key, read)).toBe(1);
      expect(await readThroughListCache(key, read)).toBe(1);
    });
    await createPartner(db(), { nameEn: `Cache ${unique()}`, country: "DE" });
    expect(await readThroughListCache(key, read)).toBe(2);
  });

  it("does not keep a failed read", async () => {
    const key = `test|${unique()}`;
    await expect(readThroughListCache(key, () => Promise.reject(new Error("database away")))).rejects.toThrow("database away");
    expect(await readThroughListCache(key, async () => "read again")).toBe("read again");
  });
});

describe("the partners list through the cache", () => {
  it("shows a new, changed or deleted partner, its count and its facets at once", async () => {
    const staff: Actor = { ...(await createDemoUser(db(), { email: `cache-${unique()}@example.edu`, role: "STAFF" })), locale: null };
    const tag = `cache-${unique()}`;
    const params = parsePartnerListParams({ tag });
    expect((await listPartners(staff, params, "en")).total).toBe(0);
    expect((await listPartnerFacets(staff)).tags).not.toContain(tag);

    const partner = await createPartner(db(), { nameEn: `Cached University ${tag}`, country: "NZ", tags: [tag] });
    const shown = await listPartners(staff, params, "en");
    expect(shown.total).toBe(1);
    expect(shown.rows.map((row) => row.activeAgreements)).toEqual([0]);
    expect((await listPartnerFacets(staff)).tags).toContain(tag);

    await createAgreement(db(), { partnerIds: [partner.id], status: "ACTIVE", effectiveOn: new Date("2024-01-01"), expiresOn: new Date("2099-01-01") });
    expect((await listPartners(staff, params, "en")).rows.map((row) => row.activeAgreements)).toEqual([1]);

    await db().partner.update({ where: { id: partner.id }, data: { deletedAt: new Date() } });
    expect((await listPartners(staff, params, "en")).total).toBe(0);
    expect((await listPartnerFacets(staff)).tags).not.toContain(tag);
  });
});
