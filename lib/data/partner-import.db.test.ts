import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { guessMapping } from "@/lib/import/partner-import";
import { parsePartnerListParams } from "@/lib/partners/list-params";
import { readTable } from "@/lib/import/read-table";
import { createPartner } from "@/lib/seed/partners";
import { createDemoUser } from "@/lib/seed/users";
import type { Actor } from "./current-user";
import { getImportMapping, saveImportMapping } from "./import-mappings";
import { checkPartnerImport, importPartners } from "./partner-import";
import { listPartners } from "./partners";

const HEADERS = ["Name", "Country", "City", "Tags"];
const mapping = guessMapping(HEADERS);
const staff = async (): Promise<Actor> => ({ ...(await createDemoUser(db(), { email: `import-${crypto.randomUUID()}@example.edu`, role: "STAFF" })), locale: null });
const unique = () => crypto.randomUUID().slice(0, 8);

describe("importPartners", () => {
  it("creates every row in one go, each audited as created, and the import itself", async () => {
    const actor = await staff();
    const tag = `imp-${unique()}`;
    const rows = Array.from({ length: 2500 }, (_, i) => [`Import University ${tag} ${i}`, i % 2 ? "DE" : "中国", "Berlin", tag]);
    const progress: number[] = [];
    expect(await importPartners(actor, { headers: HEADERS, rows }, mapping, (done) => progress.push(done))).toEqual({ created: 2500, skipped: 0 });
    expect(progress).toEqual([1000, 2000, 2500]);
    expect(await db().partner.count({ where: { tags: { has: tag }, createdById: actor.id } })).toBe(2500);
    expect(await db().partner.count({ where: { tags: { has: tag }, country: "CN" } })).toBe(1250);
    expect(await db().auditEvent.count({ where: { actorId: actor.id, action: "CREATE", entityType: "Partner" } })).toBe(2500);
    expect(await db().auditEvent.findFirst({ where: { actorId: actor.id, action: "IMPORT" } })).toMatchObject({ changes: { created: 2500 } });
  });

  it("imports nothing when one row is bad, and says which rows and why", async () => {
    const actor = await staff();
    const tag = `bad-${unique()}`;
    const rows = [[`Good ${tag}`, "FR", "Paris", tag], ["", "FR", "", tag], [`No country ${tag}`, "", "", tag], [`Good ${tag}`, "France", "Lyon", tag]];
    expect(await importPartners(actor, { headers: HEADERS, rows }, mapping)).toEqual({
      problems: [
        { row: 3, field: "nameEn", messageKey: "required" },
        { row: 4, field: "country", messageKey: "required" },
        { row: 5, field: "city", messageKey: "differsFromRow", values: { row: "2", country: "FR" } },
      ],
    });
    expect(await db().partner.count({ where: { tags: { has: tag } } })).toBe(0);
  });

  it("skips partners already in Meridian, changing nothing, so running an import twice adds nothing", async () => {
    const actor = await staff();
    const name = `Existing University ${unique()}`;
    const existing = await createPartner(db(), { nameEn: name, country: "JP", city: "Kyoto" });
    const file = { headers: HEADERS, rows: [[name.toUpperCase(), "JP", "Osaka", ""], [name, "KR", "", ""], [name, "Korea", "Seoul", ""]] };
    const check = await checkPartnerImport(actor, file, mapping);
    expect(check.problems).toEqual([]);
    expect(check.skipped).toMatchObject([{ row: 2, field: "nameEn", messageKey: "exists", link: { href: `/partners/${existing.id}` } }, { row: 4, messageKey: "repeats" }]);
    expect(check.rows.map(({ row, input }) => [row, input.city])).toEqual([[3, "Seoul"]]);
    expect(await importPartners(actor, file, mapping)).toEqual({ created: 1, skipped: 2 });
    expect(await importPartners(actor, file, mapping)).toEqual({ created: 0, skipped: 3 });
    expect(await db().partner.findUniqueOrThrow({ where: { id: existing.id }, select: { city: true } })).toEqual({ city: "Kyoto" });
  });

  it("imports other names as our export writes them, and skips a partner in Meridian named by one of them", async () => {
    const actor = await staff();
    const tag = unique();
    await createPartner(db(), { nameEn: `Heidelberg University ${tag}`, otherNames: `海德堡大学${tag}`, country: "DE" });
    const headers = ["Name", "Other names", "Country"];
    const file = { headers, rows: [[`海德堡大学${tag}`, "", "德国"], [`Lund University ${tag}`, `隆德大学${tag}; LU ${tag}`, "SE"]] };
    expect(await importPartners(actor, file, guessMapping(headers))).toEqual({ created: 1, skipped: 1 });
    expect(await db().partner.findFirstOrThrow({ where: { nameEn: `Lund University ${tag}` }, select: { otherNames: true } })).toEqual({ otherNames: `隆德大学${tag}\nLU ${tag}` });
    expect(await db().partner.count({ where: { otherNames: { contains: `海德堡大学${tag}` } } })).toBe(1);
  });

  it("takes a Chinese name in the other script for the same partner, in Meridian and in the file", async () => {
    const actor = await staff();
    const u = unique();
    const live = await createPartner(db(), { nameEn: `Baptist Probe ${u}`, nameNative: `香港浸會大學${u}`, country: "HK" });
    const headers = ["Name", "Native name", "Country"];
    const rows = [[`HKBU ${u}`, `香港浸会大学${u}`, "HK"], [`Tsinghua Probe ${u}`, `清華大學${u}`, "CN"], [`Tsinghua Probe ${u}`, `清华大学${u}`, "中国"]];
    const check = await checkPartnerImport(actor, { headers, rows }, guessMapping(headers));
    expect(check.problems).toEqual([]);
    expect(check.skipped).toMatchObject([{ row: 2, messageKey: "exists", link: { href: `/partners/${live.id}` } }, { row: 4, messageKey: "repeats" }]);
    expect(check.rows.map(({ row }) => row)).toEqual([3]);
  });

  it("keeps a register's Chinese names: a foreign partner's among its other names, where search finds it, and a Chinese partner's as its native name", async () => {
    const actor = await staff();
    const u = unique();
    // In Meridian already, its Chinese name in traditional script among its other names.
    const live = await createPartner(db(), { nameEn: `Munich Probe University ${u}`, otherNames: `慕尼黑測試大學${u}`, country: "DE" });
    const headers = ["外方院校（英文）", "外方院校（中文）", "国别", "标签"];
    const rows = [[`MPU ${u}`, `慕尼黑测试大学${u}`, "德国", u], [`Lund Probe University ${u}`, `隆德测试大学${u}`, "瑞典", u], [`Tsinghua Probe ${u}`, `清华测试大学${u}`, "中国", u]];
    const check = await checkPartnerImport(actor, { headers, rows }, guessMapping(headers));
    expect(check.skipped).toMatchObject([{ row: 2, field: "nameChinese", messageKey: "exists", link: { href: `/partners/${live.id}` } }]);
    expect(await importPartners(actor, { headers, rows }, guessMapping(headers))).toEqual({ created: 2, skipped: 1 });
    const found = await listPartners(actor, parsePartnerListParams({ tag: u, q: `隆德测试大学${u}` }), "zh");
    expect(found.rows.map(({ nameEn, nameNative, otherNames }) => [nameEn, nameNative, otherNames])).toEqual([[`Lund Probe University ${u}`, null, `隆德测试大学${u}`]]);
    expect(await db().partner.findFirstOrThrow({ where: { nameEn: `Tsinghua Probe ${u}` }, select: { nameNative: true, otherNames: true } })).toEqual({ nameNative: `清华测试大学${u}`, otherNames: null });
  });

  it("says which rows are a live partner or repeat an earlier row, and which repeat gives another value", async () => {
    const actor = await staff();
    const u = unique();
    const live = await createPartner(db(), { nameEn: `Duplicate Probe University ${u}`, nameNative: `重复测试大学${u}`, country: "DE", rorId: "038t36y30" });
    await createPartner(db(), { nameEn: `Deleted Probe University ${u}`, country: "DE", deletedAt: new Date() });
    const headers = ["Name", "Native name", "Country", "ROR ID"];
    const rows: [string[], { field: string; messageKey: string; values?: Record<string, string> } | null][] = [
      [[`Duplicate Probe University ${u}`, "", "DE", ""], { field: "nameEn", messageKey: "exists" }],
      [[`duplicate  probe UNIVERSITY ${u}`, "", "Germany", ""], { field: "nameEn", messageKey: "exists" }],
      [[`Ｄｕｐｌｉｃａｔｅ Probe University ${u}`, "", "德国", ""], { field: "nameEn", messageKey: "exists" }],
      [[`Probe Univ. ${u}`, `重复测试大学${u}`, "DE", ""], { field: "nameNative", messageKey: "exists" }],
      [[`Duplicate Probe University ${u}`, "", "FR", ""], null],
      [[`Duplicate Probe University ${u}`, "", "DE", "02kkvpp62"], null],
      [[`Deleted Probe University ${u}`, "", "DE", ""], null],
      [[`Fresh Probe ${u}`, `新测试${u}`, "AT", ""], null],
      [[`fresh probe ${u}`, "", "AT", ""], { field: "nameEn", messageKey: "repeats", values: { row: "9", country: "AT" } }],
      [[`Other Probe ${u}`, `新测试${u}`, "AT", ""], { field: "nameEn", messageKey: "differsFromRow", values: { row: "9", country: "AT" } }],
    ];
    const check = await checkPartnerImport(actor, { headers, rows: rows.map(([cells]) => cells) }, guessMapping(headers));
    const exists = { values: { name: live.nameEn, country: "DE" }, link: { href: `/partners/${live.id}`, name: live.nameEn } };
    const expected = rows.flatMap(([, outcome], i) => (outcome ? [{ row: i + 2, ...("values" in outcome ? {} : exists), ...outcome }] : []));
    expect(check.skipped).toEqual(expected.filter(({ messageKey }) => messageKey !== "differsFromRow"));
    expect(check.problems).toEqual(expected.filter(({ messageKey }) => messageKey === "differsFromRow"));
    expect(check.rows.map((row) => row.row)).toEqual([6, 7, 8, 9]);
  });

  it("10,000 rows from an .xlsx: read, checked (the dry run), read and committed (the time is printed, not asserted)", async () => {
    const actor = await staff();
    const tag = `big-${unique()}`;
    const rows = Array.from({ length: 10_000 }, (_, i) => [`Big Import University ${tag} ${i}`, "IT", "Milan", tag]);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Partners").addRows([HEADERS, ...rows]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    // What the wizard's two requests do on the server: each uploads and reads the file.
    const started = performance.now();
    expect((await checkPartnerImport(actor, await readTable(xlsx), mapping)).problems).toEqual([]);
    const checked = performance.now();
    expect(await importPartners(actor, await readTable(xlsx), mapping)).toEqual({ created: 10_000, skipped: 0 });
    const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
    console.log(`import of 10,000 partners from .xlsx: dry run ${seconds(started, checked)}, import ${seconds(checked, performance.now())}, in all ${seconds(started, performance.now())}`);
  }, 120_000);
});

describe("the remembered mapping", () => {
  it("is the caller's own and the import kind's, found again by header names when the columns moved", async () => {
    const [one, other] = [await staff(), await staff()];
    await saveImportMapping(one, "partners", ["Name", "Country"], { nameEn: 0, country: 1 });
    expect(await getImportMapping(one, "partners", ["Country", "Extra", "Name"])).toMatchObject({ nameEn: 2, country: 0 });
    expect(await getImportMapping(one, "agreements", ["Name", "Country"])).toBeNull();
    expect(await getImportMapping(other, "partners", ["Name", "Country"])).toBeNull();
  });

  it("applies only where it fits: another file's columns are guessed, not left out", async () => {
    const one = await staff();
    await saveImportMapping(one, "partners", ["英文名称", "国家/地区", "城市"], { nameEn: 0, country: 1, city: null });
    // The same columns: the choice to leave the city out stands.
    expect(await getImportMapping(one, "partners", ["英文名称", "国家/地区", "城市"])).toEqual({ nameEn: 0, country: 1, city: null });
    // One column renamed: the others are remembered, the renamed one and the city left to the guess.
    expect(await getImportMapping(one, "partners", ["英文名称", "Country", "City"])).toEqual({ nameEn: 0 });
    // An English file with none of these columns gets no remembered mapping at all.
    expect(await getImportMapping(one, "partners", ["Name", "Country", "City"])).toBeNull();
  });
});
