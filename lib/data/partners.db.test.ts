import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { parsePartnerListParams, type PartnerListParams } from "@/lib/partners/list-params";
import { createAgreement } from "@/lib/seed/agreements";
import { createPartner } from "@/lib/seed/partners";
import { createDemoUser } from "@/lib/seed/users";
import type { Actor } from "./current-user";
import { exportPartners, listPartnerFacets, listPartners, PARTNER_PAGE_SIZE } from "./partners";

async function actorWith(role: Role): Promise<Actor> {
  const user = await createDemoUser(db(), { email: `partners-${role.toLowerCase()}-${crypto.randomUUID()}@example.edu`, role });
  return { ...user, locale: null };
}

// Every partner of this file carries one tag of its own, so the lists below see only them
// although other test files write partners into the same database at the same time.
const TAG = `t-${crypto.randomUUID().slice(0, 8)}`;
const list = (actor: Actor, query: Record<string, string> = {}) =>
  listPartners(actor, parsePartnerListParams({ tag: TAG, ...query }), "en");

describe("listPartners", () => {
  let staff: Actor;

  beforeAll(async () => {
    staff = await actorWith("STAFF");
    await createPartner(db(), { nameEn: "Technical University of Munich", nameNative: "Technische Universität München", otherNames: "慕尼黑工业大学\nTU München", acronym: "TUM", city: "Munich", country: "DE", tags: [TAG] });
    await createPartner(db(), { nameEn: "Tsinghua University", nameNative: "清华大学", city: "Beijing", country: "CN", tags: [TAG] });
    await createPartner(db(), { nameEn: "Deakin University", otherNames: "迪肯大学", city: "Geelong", country: "AU", status: "DORMANT", tags: [TAG] });
    await createPartner(db(), { nameEn: "Siemens AG", kind: "ENTERPRISE", city: "Munich", country: "DE", tags: [TAG, "industry"] });
    await createPartner(db(), { nameEn: "Deleted University", country: "FR", tags: [TAG], deletedAt: new Date() });
    const tum = await db().partner.findFirstOrThrow({ where: { acronym: "TUM", tags: { has: TAG } } });
    await createAgreement(db(), { partnerIds: [tum.id], status: "ACTIVE", effectiveOn: new Date("2024-01-01"), expiresOn: new Date("2099-01-01") });
    await createAgreement(db(), { partnerIds: [tum.id], status: "ACTIVE", effectiveOn: new Date("2024-01-01"), expiresOn: new Date("2099-01-01"), deletedAt: new Date() });
    // Active once, but past its expiry: no longer in force, so it counts for nobody.
    const tsinghua = await db().partner.findFirstOrThrow({ where: { nameEn: "Tsinghua University", tags: { has: TAG } } });
    await createAgreement(db(), { partnerIds: [tsinghua.id], status: "ACTIVE", effectiveOn: new Date("2019-01-01"), expiresOn: new Date("2020-01-01") });
    // A termination still to come: in force until then.
    const siemens = await db().partner.findFirstOrThrow({ where: { nameEn: "Siemens AG", tags: { has: TAG } } });
    await createAgreement(db(), { partnerIds: [siemens.id], status: "ACTIVE", effectiveOn: new Date("2024-01-01"), expiresOn: new Date("2099-01-01"), terminatesOn: new Date("2098-01-01") });
    // Active and running, but terminated from a date that has come: not in force either.
    await createAgreement(db(), { partnerIds: [tsinghua.id], status: "ACTIVE", effectiveOn: new Date("2024-01-01"), expiresOn: new Date("2099-01-01"), terminatesOn: new Date("2025-01-01") });
  });

  it("finds partial words in English and native names, acronyms and cities", async () => {
    const names = async (q: string) => (await list(staff, { q })).rows.map((r) => r.nameEn);
    expect(await names("munich")).toEqual(["Siemens AG", "Technical University of Munich"]);
    expect(await names("清华")).toEqual(["Tsinghua University"]);
    expect(await names("München")).toEqual(["Technical University of Munich"]);
    expect(await names("tum")).toEqual(["Technical University of Munich"]);
    expect(await names("geel")).toEqual(["Deakin University"]);
    expect(await names("100%")).toEqual([]);
  });

  it("finds a partner by its other names, a two-character Chinese word included", async () => {
    const names = async (q: string) => (await list(staff, { q })).rows.map((r) => r.nameEn);
    expect(await names("慕尼黑")).toEqual(["Technical University of Munich"]);
    expect(await names("迪肯")).toEqual(["Deakin University"]);
    // In the other script as well.
    expect(await names("慕尼黑工業大學")).toEqual(["Technical University of Munich"]);
    expect(await names("tu münchen")).toEqual(["Technical University of Munich"]);
    expect((await list(staff, { q: "迪肯" })).rows[0]?.otherNames).toBe("迪肯大学");
  });

  it("finds each word of a search on its own, in any order and across name, acronym and city", async () => {
    const names = async (q: string) => (await list(staff, { q })).rows.map((r) => r.nameEn);
    expect(await names("munich technical")).toEqual(["Technical University of Munich"]);
    expect(await names("University of Munich")).toEqual(["Technical University of Munich"]);
    expect(await names("TUM München")).toEqual(["Technical University of Munich"]);
    expect(await names("siemens tum")).toEqual([]);
  });

  it("filters by country, kind, status and active agreements, and counts what it shows", async () => {
    const page = await list(staff, { country: "DE" });
    expect(page.total).toBe(2);
    expect((await list(staff, { kind: "ENTERPRISE" })).rows.map((r) => r.nameEn)).toEqual(["Siemens AG"]);
    expect((await list(staff, { status: "DORMANT" })).rows.map((r) => r.nameEn)).toEqual(["Deakin University"]);
    const active = await list(staff, { active: "1" });
    expect(active.rows.map((r) => [r.nameEn, r.activeAgreements])).toEqual([["Siemens AG", 1], ["Technical University of Munich", 1]]);
  });

  it("never shows soft-deleted partners", async () => {
    const page = await list(staff);
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.nameEn)).not.toContain("Deleted University");
  });

  it("sorts by name, by country, newest first, and most agreements in force first", async () => {
    expect((await list(staff)).rows.map((r) => r.nameEn)).toEqual([
      "Deakin University", "Siemens AG", "Technical University of Munich", "Tsinghua University",
    ]);
    // By the country's name in the reader's language: Australia, China, Germany; 澳大利亚, 德国, 中国 (pinyin).
    expect((await list(staff, { sort: "country" })).rows.map((r) => r.country)).toEqual(["AU", "CN", "DE", "DE"]);
    const inChinese = await listPartners(staff, parsePartnerListParams({ tag: TAG, sort: "country" }), "zh");
    expect(inChinese.rows.map((r) => r.country)).toEqual(["AU", "DE", "DE", "CN"]);
    expect((await list(staff, { sort: "newest" })).rows[0]?.nameEn).toBe("Siemens AG");
    expect((await list(staff, { sort: "agreements" })).rows.map((r) => [r.nameEn, r.activeAgreements])).toEqual([
      ["Siemens AG", 1], ["Technical University of Munich", 1], ["Deakin University", 0], ["Tsinghua University", 0],
    ]);
  });

  it("sorts countries by their names, not their codes, in the reader's language", async () => {
    const tag = `c-${crypto.randomUUID().slice(0, 8)}`;
    await db().partner.createMany({
      data: ["DE", "ES", "FI", "FR"].map((country) => ({ nameEn: `Sorted ${country}`, kind: "UNIVERSITY" as const, country, tags: [tag] })),
    });
    const order = async (locale: "en" | "zh") =>
      (await listPartners(staff, parsePartnerListParams({ tag, sort: "country" }), locale)).rows.map((r) => r.country);
    expect(await order("en")).toEqual(["FI", "FR", "DE", "ES"]); // Finland, France, Germany, Spain
    expect(await order("zh")).toEqual(["DE", "FR", "FI", "ES"]); // 德国, 法国, 芬兰, 西班牙
  });

  it("is refused to students and anonymous callers", async () => {
    const params: PartnerListParams = parsePartnerListParams({});
    await expect(listPartners(null, params, "en")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listPartners(await actorWith("STUDENT"), params, "en")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listPartnerFacets(await actorWith("STUDENT"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("listPartners in either Chinese script", () => {
  const tag = `t-${crypto.randomUUID().slice(0, 8)}`;
  const names = async (actor: Actor, q: string) => (await listPartners(actor, parsePartnerListParams({ tag, q }), "en")).rows.map((r) => r.nameEn);
  let staff: Actor;

  beforeAll(async () => {
    staff = await actorWith("STAFF");
    await createPartner(db(), { nameEn: "National Taiwan University", nameNative: "國立臺灣大學", city: "Taipei", country: "TW", tags: [tag] });
    await createPartner(db(), { nameEn: "Chinese University of Hong Kong", nameNative: "香港中文大學", city: "Hong Kong", country: "HK", tags: [tag] });
    await createPartner(db(), { nameEn: "Peking University", nameNative: "北京大学", city: "Beijing", country: "CN", tags: [tag] });
  });

  it("finds a traditional name by a simplified search", async () => {
    expect(await names(staff, "台湾大学")).toEqual(["National Taiwan University"]);
    expect(await names(staff, "台湾")).toEqual(["National Taiwan University"]);
    expect(await names(staff, "香港中文大学")).toEqual(["Chinese University of Hong Kong"]);
  });

  it("finds a simplified name by a traditional search, Taiwan's and Hong Kong's forms alike", async () => {
    expect(await names(staff, "北京大學")).toEqual(["Peking University"]);
    expect(await names(staff, "台灣大學")).toEqual(["National Taiwan University"]);
    expect(await names(staff, "大學")).toEqual(["Chinese University of Hong Kong", "National Taiwan University", "Peking University"]);
    expect(await names(staff, "大学")).toEqual(["Chinese University of Hong Kong", "National Taiwan University", "Peking University"]);
  });

  it("still needs every word, in whichever script each is typed", async () => {
    expect(await names(staff, "臺灣 university")).toEqual(["National Taiwan University"]);
    expect(await names(staff, "北京 香港")).toEqual([]);
  });
});

describe("listPartners pages", () => {
  const PAGE_TAG = `p-${crypto.randomUUID().slice(0, 8)}`;
  const total = PARTNER_PAGE_SIZE * 2 + 3;

  beforeAll(async () => {
    await db().partner.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        nameEn: `Paged University ${String(i).padStart(3, "0")}`,
        kind: "UNIVERSITY" as const,
        country: i % 2 ? "JP" : "KR",
        tags: [PAGE_TAG],
      })),
    });
  });

  for (const sort of ["name", "country", "newest", "agreements"] as const) {
    it(`walk forward and back by ${sort} without gaps or repeats`, async () => {
      const admin = await actorWith("ADMIN");
      const base = { tag: PAGE_TAG, sort };
      const seen: string[] = [];
      let page = await listPartners(admin, parsePartnerListParams(base), "en");
      expect(page.previousCursor).toBeNull();
      const pages = [page];
      while (page.nextCursor) {
        page = await listPartners(admin, parsePartnerListParams({ ...base, after: page.nextCursor }), "en");
        pages.push(page);
      }
      for (const p of pages) seen.push(...p.rows.map((r) => r.id));
      expect(pages.map((p) => p.rows.length)).toEqual([PARTNER_PAGE_SIZE, PARTNER_PAGE_SIZE, 3]);
      expect(new Set(seen).size).toBe(total);
      expect(pages.every((p) => p.total === total)).toBe(true);

      // Back from the last page gives exactly the middle page again.
      const last = pages[2]!;
      const back = await listPartners(admin, parsePartnerListParams({ ...base, before: last.previousCursor! }), "en");
      expect(back.rows.map((r) => r.id)).toEqual(pages[1]!.rows.map((r) => r.id));
      expect(back.nextCursor).not.toBeNull();
      const first = await listPartners(admin, parsePartnerListParams({ ...base, before: back.previousCursor! }), "en");
      expect(first.rows.map((r) => r.id)).toEqual(pages[0]!.rows.map((r) => r.id));
      expect(first.previousCursor).toBeNull();
    });
  }

  it("treats an edited cursor as the first page", async () => {
    const page = await listPartners(await actorWith("STAFF"), parsePartnerListParams({ tag: PAGE_TAG, after: "bogus" }), "en");
    expect(page.rows[0]?.nameEn).toBe("Paged University 000");
  });
});

describe("exportPartners", () => {
  const EXPORT_TAG = `x-${crypto.randomUUID().slice(0, 8)}`;
  const all = async <T>(rows: AsyncIterable<T>) => {
    const out: T[] = [];
    for await (const row of rows) out.push(row);
    return out;
  };

  beforeAll(async () => {
    // More than one batch of 1,000, plus a deleted one that must not appear.
    await db().partner.createMany({
      data: Array.from({ length: 1203 }, (_, i) => ({
        nameEn: `Export University ${String(i).padStart(4, "0")}`, kind: "UNIVERSITY" as const, country: i % 3 ? "DE" : "CN", tags: [EXPORT_TAG],
      })),
    });
    await createPartner(db(), { nameEn: "Export University deleted", tags: [EXPORT_TAG], deletedAt: new Date() });
  });

  it("streams exactly the rows the list's filters select, in the list's order, across batches", async () => {
    const staff = await actorWith("STAFF");
    const rows = await all(await exportPartners(staff, parsePartnerListParams({ tag: EXPORT_TAG }), "en"));
    expect(rows).toHaveLength(1203);
    expect(rows.map((row) => row.nameEn)).toEqual([...rows.map((row) => row.nameEn)].sort());
    expect(new Set(rows.map((row) => row.id)).size).toBe(1203);
    expect(await all(await exportPartners(staff, parsePartnerListParams({ tag: EXPORT_TAG, country: "CN" }), "en"))).toHaveLength(401);
    const newest = await all(await exportPartners(staff, parsePartnerListParams({ tag: EXPORT_TAG, sort: "newest" }), "en"));
    expect(newest).toHaveLength(1203);
  });

  it("is the office's, and audited with its filters before the first row", async () => {
    const staff = await actorWith("STAFF");
    await exportPartners(staff, parsePartnerListParams({ tag: EXPORT_TAG, q: "export" }), "en");
    const event = await db().auditEvent.findFirst({ where: { actorId: staff.id, action: "EXPORT" } });
    expect(event).toMatchObject({ entityType: "Partner", changes: { filters: { tag: EXPORT_TAG, q: "export", sort: "name" } } });
    await expect(exportPartners(await actorWith("STUDENT"), parsePartnerListParams({}), "en")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
