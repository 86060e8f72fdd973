import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseAgreementListParams } from "@/lib/agreements/list-params";
import { guessAgreementMapping } from "@/lib/import/agreement-import";
import { guessMapping as guessPartnerMapping } from "@/lib/import/partner-import";
import { readTable } from "@/lib/import/read-table";
import { createAgreement } from "@/lib/seed/agreements";
import { createPartner } from "@/lib/seed/partners";
import { createDemoUser } from "@/lib/seed/users";
import { checkAgreementImport, importAgreements } from "./agreement-import";
import { importPartners } from "./partner-import";
import { getAgreement } from "./agreements";
import { exportAgreements } from "./agreements-export";
import type { Actor } from "./current-user";

const HEADERS = ["Reference number", "Title", "Kind", "Partners", "Status", "Signed on", "Expires on", "Owner (email)", "Faculties"];
const mapping = guessAgreementMapping(HEADERS);
const unique = () => crypto.randomUUID().slice(0, 8);
const user = async (role: "STAFF" | "ADMIN"): Promise<Actor> => ({
  ...(await createDemoUser(db(), { email: `agreement-import-${unique()}@example.edu`, role })),
  locale: null,
});
const file = (rows: string[][]) => ({ headers: HEADERS, rows });
const source = { fileName: "agreements.xlsx" };

describe("importAgreements", () => {
  it("creates every row with its partners and faculties, audited one by one and as an import", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const [tum, lund] = [await createPartner(db(), { nameEn: `Munich ${tag}`, acronym: `TUM${tag}` }), await createPartner(db(), { nameEn: `Lund ${tag}`, nameNative: `Lunds universitet ${tag}` })];
    const faculty = await db().faculty.create({ data: { code: `F${tag}`.slice(0, 16), nameEn: `Faculty ${tag}` } });
    const rows = [
      [`IMP-${tag}-1`, "Exchange", "Student exchange", `tum${tag}`, "", "", "", "", ""],
      [`IMP-${tag}-2`, "Research", "科研合作", `LUNDS UNIVERSITET ${tag}; Munich ${tag}`, "In negotiation", "", "2030-01-01", "", `F${tag}`.slice(0, 16)],
    ];
    const progress: number[] = [];
    expect(await importAgreements(actor, file(rows), mapping, source, (done) => progress.push(done))).toEqual({ created: 2, skipped: 0 });
    expect(progress).toEqual([2]);
    const saved = await db().agreement.findMany({
      where: { referenceNumber: { startsWith: `IMP-${tag}` } },
      orderBy: { referenceNumber: "asc" },
      select: { id: true, status: true, kind: true, ownerId: true, createdById: true, expiresOn: true, partners: { select: { partnerId: true } }, faculties: { select: { facultyId: true } }, approvals: true },
    });
    expect(saved.map((a) => [a.status, a.kind, a.ownerId, a.createdById, a.partners.map((p) => p.partnerId).sort(), a.faculties.map((f) => f.facultyId), a.approvals])).toEqual([
      ["DRAFT", "STUDENT_EXCHANGE", actor.id, actor.id, [tum.id], [], []],
      ["IN_NEGOTIATION", "RESEARCH", actor.id, actor.id, [tum.id, lund.id].sort(), [faculty.id], []],
    ]);
    const audits = await db().auditEvent.findMany({ where: { actorId: actor.id }, select: { action: true, entityType: true, entityId: true, changes: true } });
    expect(audits.filter((a) => a.action === "CREATE").map((a) => a.entityId).sort()).toEqual(saved.map((a) => a.id).sort());
    expect(audits.find((a) => a.action === "CREATE" && a.entityId === saved[1]!.id)?.changes).toMatchObject({ status: [null, "IN_NEGOTIATION"], importedFrom: [null, "agreements.xlsx"] });
    expect(audits.filter((a) => a.action === "IMPORT")).toEqual([{ action: "IMPORT", entityType: "Agreement", entityId: null, changes: { created: 2, signed: 0, skipped: 0, file: "agreements.xlsx" } }]);
  });

  it("records a signed row as approved by the importer on import, with the file in the approval trail", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const partner = await createPartner(db(), { nameEn: `Signed Partner ${tag}` });
    const rows = [[`SIG-${tag}`, "Signed long ago", "MOU", partner.nameEn, "Active", "2015-03-01", "2020-02-28", actor.email.toUpperCase(), ""]];
    expect(await importAgreements(actor, file(rows), mapping, { fileName: "register.xlsx", approvalComment: "Recorded as signed on import from register.xlsx" })).toEqual({ created: 1, skipped: 0 });
    const agreement = await db().agreement.findFirstOrThrow({ where: { referenceNumber: `SIG-${tag}` }, select: { id: true, status: true, signedOn: true, approvals: true } });
    expect(agreement.status).toBe("ACTIVE");
    expect(agreement.signedOn?.toISOString().slice(0, 10)).toBe("2015-03-01");
    expect(agreement.approvals).toMatchObject([{ actorId: actor.id, decision: "APPROVED", fromStatus: "AWAITING_SIGNATURE", toStatus: "ACTIVE", comment: "Recorded as signed on import from register.xlsx" }]);
    // Past its expiry: shown as expired, as any active agreement would be.
    const [shown] = await db().$queryRaw<[{ status: string }]>`SELECT (CASE WHEN status = 'ACTIVE' AND "expiresOn" < now()::date THEN 'EXPIRED' ELSE status::text END) AS status FROM "Agreement" WHERE id = ${agreement.id}::uuid`;
    expect(shown.status).toBe("EXPIRED");
    expect(await db().auditEvent.findFirst({ where: { entityId: agreement.id, action: "CREATE" }, select: { changes: true } })).toMatchObject({
      changes: { status: [null, "ACTIVE"], approval: [null, "Recorded as signed on import from register.xlsx"] },
    });
  });

  it("imports a termination date: one still to come keeps the agreement active until then, as our export writes it", async () => {
    const actor = await user("ADMIN");
    const tag = unique();
    const partner = await createPartner(db(), { nameEn: `Ending Partner ${tag}` });
    const headers = ["Reference", "Title", "Kind", "Partners", "Status", "Signed on", "Expires on", "Terminated from"];
    const rows = [
      [`END-${tag}-1`, "Ending", "MOU", partner.nameEn, "Active", "2020-01-10", "2099-08-31", "2098-01-31"],
      [`END-${tag}-2`, "Ended", "MOU", partner.nameEn, "Terminated", "2020-01-10", "2099-08-31", "2021-03-01"],
    ];
    expect(await importAgreements(actor, { headers, rows }, guessAgreementMapping(headers), source)).toEqual({ created: 2, skipped: 0 });
    const saved = await db().agreement.findMany({ where: { referenceNumber: { startsWith: `END-${tag}` } }, orderBy: { referenceNumber: "asc" }, select: { id: true, status: true, terminatesOn: true } });
    expect(saved.map((a) => [a.status, a.terminatesOn?.toISOString().slice(0, 10)])).toEqual([["ACTIVE", "2098-01-31"], ["TERMINATED", "2021-03-01"]]);
    expect((await getAgreement(actor, saved[0]!.id, { now: new Date("2098-01-30T12:00:00Z") })).status).toBe("ACTIVE");
    expect((await getAgreement(actor, saved[0]!.id, { now: new Date("2098-01-31T12:00:00Z") })).status).toBe("TERMINATED");
  });

  it("reads back a partner name several partners share as our export writes it, with the country code", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    await createPartner(db(), { nameEn: `Twin Institute ${tag}`, country: "DE" });
    const french = await createPartner(db(), { nameEn: `Twin Institute ${tag}`, country: "FR" });
    await createAgreement(db(), { referenceNumber: `TWIN-${tag}-A`, partnerIds: [french.id] });
    const rows: string[] = [];
    for await (const row of await exportAgreements(actor, parseAgreementListParams({ q: `TWIN-${tag}` }))) rows.push(...row.partners);
    expect(rows).toEqual([`Twin Institute ${tag} (FR)`]);

    const imported = [[`TWIN-${tag}-B`, "Twin", "MOU", rows[0]!, "", "", "", "", ""], [`TWIN-${tag}-C`, "Twin", "MOU", `Twin Institute ${tag}`, "", "", "", "", ""]];
    const check = await checkAgreementImport(actor, file(imported), mapping);
    expect(check.rows.map((row) => row.input.partnerIds)).toEqual([[french.id]]);
    expect(check.problems).toEqual([{ row: 3, field: "partners", messageKey: "partnerAmbiguous", values: { name: `Twin Institute ${tag}` } }]);
  });

  it("refuses a signed row a staff importer does not own, and imports it when an admin does", async () => {
    const [staff, admin, owner] = [await user("STAFF"), await user("ADMIN"), await user("STAFF")];
    const tag = unique();
    const partner = await createPartner(db(), { nameEn: `Owned Partner ${tag}` });
    const rows = [[`OWN-${tag}`, "Someone else's", "MOU", partner.nameEn, "Terminated", "2018-01-01", "2021-01-01", owner.email, ""]];
    expect(await importAgreements(staff, file(rows), mapping, source)).toEqual({ problems: [{ row: 2, field: "status", messageKey: "notAllowedToApprove" }] });
    expect(await db().agreement.count({ where: { referenceNumber: `OWN-${tag}` } })).toBe(0);
    expect(await importAgreements(admin, file(rows), mapping, source)).toEqual({ created: 1, skipped: 0 });
    const saved = await db().agreement.findFirstOrThrow({ where: { referenceNumber: `OWN-${tag}` }, select: { ownerId: true, status: true, approvals: { select: { actorId: true, toStatus: true } } } });
    expect(saved).toEqual({ ownerId: owner.id, status: "TERMINATED", approvals: [{ actorId: admin.id, toStatus: "TERMINATED" }] });
  });

  it("imports nothing when one row is bad, and says which rows and why", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const partner = await createPartner(db(), { nameEn: `Whole Partner ${tag}` });
    const rows = [
      [`ALL-${tag}-1`, "Good", "MOU", partner.nameEn, "", "", "", "", ""],
      [`ALL-${tag}-2`, "Unsigned active", "MOU", partner.nameEn, "Active", "", "", "", ""],
      [`ALL-${tag}-3`, "Unknown partner", "MOU", `Nowhere ${tag}`, "", "", "", "", ""],
      [`ALL-${tag}-1`, "Repeated", "MOU", partner.nameEn, "", "", "", "", ""],
      [`ALL-${tag}-5`, "Unknown owner", "MOU", partner.nameEn, "", "", "", `nobody-${tag}@example.edu`, ""],
    ];
    expect(await importAgreements(actor, file(rows), mapping, source)).toEqual({
      problems: [
        { row: 3, field: "signedOn", messageKey: "signedRequiredForStatus" },
        { row: 4, field: "partners", messageKey: "partnerNotFound", values: { name: `Nowhere ${tag}` } },
        { row: 5, field: "referenceNumber", messageKey: "duplicateInFile" },
        { row: 6, field: "owner", messageKey: "ownerNotFound", values: { name: `nobody-${tag}@example.edu` } },
      ],
    });
    expect(await db().agreement.count({ where: { referenceNumber: { startsWith: `ALL-${tag}` } } })).toBe(0);
    expect(await db().auditEvent.count({ where: { actorId: actor.id } })).toBe(0);
  });

  it("skips rows whose reference numbers live agreements have, linking them, not those only deleted ones have: a file imported twice adds nothing", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const partner = await createPartner(db(), { nameEn: `Taken Partner ${tag}` });
    const live = await createAgreement(db(), { referenceNumber: `LIVE-${tag}`, title: "Live one", partnerIds: [partner.id] });
    await createAgreement(db(), { referenceNumber: `GONE-${tag}`, partnerIds: [partner.id], deletedAt: new Date() });
    const rows = file([[`live-${tag}`, "Again", "MOU", partner.nameEn, "", "", "", "", ""], [`GONE-${tag}`, "Again", "MOU", partner.nameEn, "", "", "", "", ""]]);
    const check = await checkAgreementImport(actor, rows, mapping);
    expect(check.problems).toEqual([]);
    const name = `LIVE-${tag} Live one`;
    expect(check.skipped).toEqual([{ row: 2, field: "referenceNumber", messageKey: "exists", values: { name }, link: { href: `/agreements/${live.id}`, name } }]);
    expect(check.rows.map((row) => row.row)).toEqual([3]);
    expect(await importAgreements(actor, rows, mapping, source)).toEqual({ created: 1, skipped: 1 });
    expect(await importAgreements(actor, rows, mapping, source)).toEqual({ created: 0, skipped: 2 });
    expect(await db().agreement.findUniqueOrThrow({ where: { id: live.id }, select: { title: true } })).toEqual({ title: "Live one" });
  });

  it("answers with the problem, saving nothing, when someone takes a reference number while the import runs", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const partner = await createPartner(db(), { nameEn: `Race Partner ${tag}` });
    const rows = [[`RACE-${tag}-1`, "First", "MOU", partner.nameEn, "", "", "", "", ""], [`RACE-${tag}-2`, "Second", "MOU", partner.nameEn, "", "", "", "", ""]];
    let commit = () => {};
    const held = new Promise<void>((resolve) => (commit = resolve));
    // Another transaction has inserted RACE-2 and not committed yet: the import cannot see it,
    // waits on the unique index when it inserts the same number, then fails when it commits.
    const other = db().$transaction(async (tx) => {
      await tx.agreement.create({ data: { referenceNumber: `RACE-${tag}-2`, title: "Typed in meanwhile", kind: "MOU" } });
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const outcome = importAgreements(actor, file(rows), mapping, source);
    await new Promise((resolve) => setTimeout(resolve, 500));
    commit();
    await other;
    expect(await outcome).toEqual({ problems: [{ row: 3, field: "referenceNumber", messageKey: "referenceInUse" }] });
    expect(await db().agreement.count({ where: { referenceNumber: `RACE-${tag}-1` } })).toBe(0);
  });

  it("tells apart partners of one name in one country by their ROR ids, and ignores a deleted partner's", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const rorId = `0${tag.slice(0, 6)}42`;
    const hospital = await createPartner(db(), { nameEn: `Twin Hospital ${tag}`, country: "DE", rorId });
    await createPartner(db(), { nameEn: `Twin Hospital ${tag}`, country: "DE" });
    const gone = `0${tag.slice(0, 6)}43`;
    await createPartner(db(), { nameEn: `Gone Hospital ${tag}`, rorId: gone, deletedAt: new Date() });
    const cells = [`Twin Hospital ${tag} (DE)`, `https://ror.org/${rorId}`, gone];
    const check = await checkAgreementImport(actor, file(cells.map((cell, i) => [`ROR-${tag}-${i}`, "Twin", "MOU", cell, "", "", "", "", ""])), mapping);
    expect(check.rows.map((row) => [row.row, row.input.partnerIds])).toEqual([[3, [hospital.id]]]);
    expect(check.problems).toEqual([
      { row: 2, field: "partners", messageKey: "partnerAmbiguous", values: { name: `Twin Hospital ${tag} (DE)` } },
      { row: 4, field: "partners", messageKey: "partnerNotFound", values: { name: gone } },
    ]);
  });

  it("matches partners by English name, native name or acronym in any case, refusing deleted and ambiguous ones", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const one = await createPartner(db(), { nameEn: `Kyoto ${tag}`, nameNative: `京都大学${tag}`, acronym: `KU${tag}` });
    await createPartner(db(), { nameEn: `Korea ${tag}`, acronym: `ku${tag}` });
    await createPartner(db(), { nameEn: `Deleted ${tag}`, deletedAt: new Date() });
    const rows = [`kyoto ${tag}`, `京都大学${tag}`, `KU${tag}`, `Deleted ${tag}`].map((name, i) => [`M-${tag}-${i}`, "Match", "MOU", name, "", "", "", "", ""]);
    const check = await checkAgreementImport(actor, file(rows), mapping);
    expect(check.rows.map((row) => [row.row, row.input.partnerIds])).toEqual([[2, [one.id]], [3, [one.id]]]);
    expect(check.problems).toEqual([
      { row: 4, field: "partners", messageKey: "partnerAmbiguous", values: { name: `KU${tag}` } },
      { row: 5, field: "partners", messageKey: "partnerNotFound", values: { name: `Deleted ${tag}` } },
    ]);
  });

  it("matches a name written with full-width letters or doubled spaces, in the file or in Meridian (the partner import's key)", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const typedWide = await createPartner(db(), { nameEn: `Ｔｏｈｏｋｕ  University ${tag}` });
    const plain = await createPartner(db(), { nameEn: `Osaka University ${tag}` });
    // PostgreSQL's lower() makes İ "i", JavaScript "i̇": the names are compared in one place.
    const turkish = await createPartner(db(), { nameEn: `İSTANBUL Teknik Üniversitesi ${tag}`, country: "TR" });
    const rows = [`tohoku university ${tag}`, `Ｏｓａｋａ　University  ${tag}`, `İSTANBUL Teknik Üniversitesi ${tag}`].map((name, i) => [`W-${tag}-${i}`, "Widths", "MOU", name, "", "", "", "", ""]);
    const check = await checkAgreementImport(actor, file(rows), mapping);
    expect(check.problems).toEqual([]);
    expect(check.rows.map((row) => [row.row, row.input.partnerIds])).toEqual([[2, [typedWide.id]], [3, [plain.id]], [4, [turkish.id]]]);
  });

  it("takes an office's one register, a row per agreement naming its partner and country, first as partners (each once), then as agreements", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const register = {
      headers: ["协议编号", "协议名称", "协议类型", "合作院校", "国家/地区", "签署日期"],
      rows: [
        [`R-${tag}-1`, "学生交流协议", "学生交流", `Lund University ${tag}`, "瑞典", ""],
        [`R-${tag}-2`, "科研合作协议", "科研合作", `LUND UNIVERSITY ${tag}`, "瑞典", ""],
        [`R-${tag}-3`, "合作备忘录", "合作备忘录", `Kyoto University ${tag}`, "日本", ""],
      ],
    };
    expect(guessPartnerMapping(register.headers)).toMatchObject({ nameEn: 3, country: 4, kind: null });
    expect(await importPartners(actor, register, guessPartnerMapping(register.headers))).toEqual({ created: 2, skipped: 1 });
    expect(await importAgreements(actor, register, guessAgreementMapping(register.headers), source)).toEqual({ created: 3, skipped: 0 });
    const lund = await db().partner.findFirstOrThrow({ where: { nameEn: `Lund University ${tag}` }, select: { country: true, _count: { select: { agreements: true } } } });
    expect(lund).toEqual({ country: "SE", _count: { agreements: 2 } });
  });

  it("finds a partner by its Chinese name written in the other script", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const hongKong = await createPartner(db(), { nameEn: `HK Polytechnic ${tag}`, nameNative: `香港理工大學${tag}`, country: "HK" });
    const beijing = await createPartner(db(), { nameEn: `Beijing Normal ${tag}`, nameNative: `北京师范大学${tag}`, country: "CN" });
    const rows = [`香港理工大学${tag}`, `北京師範大學${tag}`].map((name, i) => [`S-${tag}-${i}`, "Scripts", "MOU", name, "", "", "", "", ""]);
    const check = await checkAgreementImport(actor, file(rows), mapping);
    expect(check.problems).toEqual([]);
    expect(check.rows.map((row) => [row.row, row.input.partnerIds])).toEqual([[2, [hongKong.id]], [3, [beijing.id]]]);
  });

  it("finds a partner by one of its other names, as a register that names partners in Chinese does", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const munich = await createPartner(db(), { nameEn: `TU Munich ${tag}`, otherNames: `慕尼黑工业大学${tag}\nTUM ${tag}`, country: "DE" });
    const rows = [`慕尼黑工业大学${tag}`, `tum ${tag}`].map((name, i) => [`O-${tag}-${i}`, "Other names", "MOU", name, "", "", "", "", ""]);
    const check = await checkAgreementImport(actor, file(rows), mapping);
    expect(check.problems).toEqual([]);
    expect(check.rows.map((row) => [row.row, row.input.partnerIds])).toEqual([[2, [munich.id]], [3, [munich.id]]]);
  });

  it("takes an English name for its partner although another partner has it as an other name", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const named = await createPartner(db(), { nameEn: `Cal Tech ${tag}`, country: "US" });
    await createPartner(db(), { nameEn: `California Institute ${tag}`, otherNames: `Cal Tech ${tag}`, country: "US" });
    const check = await checkAgreementImport(actor, file([[`P-${tag}`, "Precedence", "MOU", `cal tech ${tag}`, "", "", "", "", ""]]), mapping);
    expect(check.problems).toEqual([]);
    expect(check.rows.map((row) => row.input.partnerIds)).toEqual([[named.id]]);
  });

  it("finds owners by email, by \"Name <email>\" as our export writes them, or by a name only one active office member has", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const owner = await createDemoUser(db(), { email: `owner-${tag}@example.edu`, name: `Owner ${tag}`, role: "STAFF" });
    const twin = await createDemoUser(db(), { email: `twin-a-${tag}@example.edu`, name: `Twin ${tag}`, role: "STAFF" });
    await createDemoUser(db(), { email: `twin-b-${tag}@example.edu`, name: `Twin ${tag}`, role: "ADMIN" });
    await createDemoUser(db(), { email: `student-${tag}@example.edu`, name: `Student ${tag}`, role: "STUDENT" });
    const partner = await createPartner(db(), { nameEn: `Owners ${tag}` });
    const cells = [`owner ${tag}`, `OWNER-${tag}@example.edu`, `Twin ${tag} <twin-a-${tag}@example.edu>`, `Twin ${tag}`, `Student ${tag}`];
    const rows = cells.map((who, i) => [`O-${tag}-${i}`, "Owned", "MOU", partner.nameEn, "", "", "", who, ""]);
    const check = await checkAgreementImport(actor, file(rows), mapping);
    expect(check.rows.map((row) => [row.row, row.input.ownerId])).toEqual([[2, owner.id], [3, owner.id], [4, twin.id]]);
    expect(check.problems).toEqual([
      { row: 5, field: "owner", messageKey: "ownerAmbiguous", values: { name: `Twin ${tag}` } },
      { row: 6, field: "owner", messageKey: "ownerNotFound", values: { name: `Student ${tag}` } },
    ]);
  });

  it("10,000 rows from an .xlsx: read, checked (the dry run), read and committed (the time is printed, not asserted)", async () => {
    const actor = await user("STAFF");
    const tag = unique();
    const partners = await Promise.all(Array.from({ length: 20 }, (_, i) => createPartner(db(), { nameEn: `Big Partner ${tag} ${i}` })));
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      `BIG-${tag}-${i}`, `Big import agreement ${i}`, i % 2 ? "Student exchange" : "MOU", `${partners[i % 20]!.nameEn}; ${partners[(i + 1) % 20]!.nameEn}`,
      i % 3 ? "Active" : "Draft", i % 3 ? "2024-01-15" : "", "2029-01-14", "", "",
    ]);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Agreements").addRows([HEADERS, ...rows]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    // What the wizard's two requests do on the server: each uploads and reads the file.
    const started = performance.now();
    expect((await checkAgreementImport(actor, await readTable(xlsx), mapping)).problems).toEqual([]);
    const checked = performance.now();
    expect(await importAgreements(actor, await readTable(xlsx), mapping, source)).toEqual({ created: 10_000, skipped: 0 });
    const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
    console.log(`import of 10,000 agreements from .xlsx: dry run ${seconds(started, checked)}, import ${seconds(checked, performance.now())}, in all ${seconds(started, performance.now())}`);
    expect(await db().agreement.count({ where: { referenceNumber: { startsWith: `BIG-${tag}-` } } })).toBe(10_000);
    expect(await db().agreementApproval.count({ where: { actorId: actor.id } })).toBe(6666);
    expect(await db().auditEvent.count({ where: { actorId: actor.id, action: "CREATE", entityType: "Agreement" } })).toBe(10_000);
  }, 120_000);
});
