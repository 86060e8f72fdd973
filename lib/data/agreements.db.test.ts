import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { parseAgreementListParams } from "@/lib/agreements/list-params";
import { todayOf, UTC_TODAY_SQL } from "@/lib/agreements/status";
import type { AgreementInput } from "@/lib/agreements/input";
import { createAgreement as seedAgreement, createMobilityTerm } from "@/lib/seed/agreements";
import { createPartner } from "@/lib/seed/partners";
import { uniqueSuffix } from "@/lib/seed/random";
import { createDemoUser } from "@/lib/seed/users";
import {
  approveAgreement, createAgreement, deleteAgreement, discardRenewalDraft, isReferenceNumberInUse, listDeletedAgreements, proposeAgreement, renewAgreement,
  restoreAgreement, returnAgreement, terminateAgreement, updateAgreement, withdrawTermination,
} from "./agreement-changes";
import {
  AGREEMENT_PAGE_SIZE, agreementWhere, countAgreementQuickViews, getAgreement, listAgreementChoices, listAgreements, searchAgreementPartners,
} from "./agreements";
import { ConflictError } from "./conflict";
import type { Actor } from "./current-user";

async function actorWith(role: Role): Promise<Actor> {
  const user = await createDemoUser(db(), { email: `agr-${role.toLowerCase()}-${crypto.randomUUID()}@example.edu`, role });
  return { ...user, locale: null };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// A reference date far from the demo data's, so only this file's agreements fall in its windows.
const NOW = new Date("2091-06-15T10:00:00Z");

function input(partnerIds: string[], extra: Partial<AgreementInput> = {}): AgreementInput {
  return {
    referenceNumber: `AGR-${uniqueSuffix()}`,
    title: `Exchange ${uniqueSuffix()}`,
    kind: "STUDENT_EXCHANGE",
    partnerIds,
    facultyIds: [],
    ownerId: null,
    signedOn: null,
    effectiveOn: day("2091-09-01"),
    expiresOn: day("2096-08-31"),
    autoRenews: false,
    noticePeriodDays: null,
    ministryApprovalNumber: null,
    ministryApprovedOn: null,
    scope: null,
    tuitionWaiver: null,
    creditRecognition: null,
    notes: null,
    terms: [],
    ...extra,
  };
}

const list = (actor: Actor, query: Record<string, string>) => listAgreements(actor, parseAgreementListParams(query), NOW);

describe("searching and filtering the list", () => {
  it("finds by reference, title and partner names (Latin and Chinese), never deleted ones", async () => {
    const staff = await actorWith("STAFF");
    const tag = uniqueSuffix();
    const partner = await createPartner(db(), { nameEn: `Université ${tag}`, nameNative: `清华${tag}`, city: `Lyon ${tag}`, country: "FR" });
    const byRef = await seedAgreement(db(), { referenceNumber: `REF-${tag}-A`, partnerIds: [partner.id] });
    const byTitle = await seedAgreement(db(), { title: `Joint lab on ${tag}` });
    await seedAgreement(db(), { referenceNumber: `REF-${tag}-GONE`, deletedAt: NOW });

    expect((await list(staff, { q: `REF-${tag}` })).rows.map((r) => r.id)).toEqual([byRef.id]);
    expect((await list(staff, { q: `lab on ${tag}` })).rows.map((r) => r.id)).toEqual([byTitle.id]);
    expect((await list(staff, { q: `清华${tag}` })).rows.map((r) => r.id)).toEqual([byRef.id]);
    const found = await list(staff, { q: `université ${tag}` });
    expect(found.total).toBe(1);
    expect(found.rows[0]?.partners).toEqual([`Université ${tag}`]);
    // Each word on its own, in any order, in the agreement's own text or a partner's name.
    expect((await list(staff, { q: `${tag} lab` })).rows.map((r) => r.id)).toEqual([byTitle.id]);
    expect((await list(staff, { q: `université REF-${tag}` })).rows.map((r) => r.id)).toEqual([byRef.id]);
    expect((await list(staff, { q: `lab université ${tag}` })).total).toBe(0);
    // A partner's city is not its name.
    expect((await list(staff, { q: `Lyon ${tag}` })).total).toBe(0);
    // % and _ are letters in the search box, not wildcards.
    expect((await list(staff, { q: `REF-${tag}%` })).total).toBe(0);
  });

  it("finds two-character Chinese words in titles and partner names, through the pair index", async () => {
    const staff = await actorWith("STAFF");
    // Pairs of random CJK ideographs: unique enough that other tests' rows never hold them.
    const pair = () => String.fromCodePoint(...crypto.getRandomValues(new Uint16Array(2)).map((n) => 0x4e00 + (n % 0x5000)));
    const [inTitle, inName, inCity] = [pair(), pair(), pair()];
    const partner = await createPartner(db(), { nameNative: `${inName}大学`, city: `${inCity}市` });
    const byTitle = await seedAgreement(db(), { title: `合作${inTitle}协议` });
    const byPartner = await seedAgreement(db(), { partnerIds: [partner.id] });
    await seedAgreement(db(), { title: `合作${inTitle}旧协议`, deletedAt: NOW });

    expect((await list(staff, { q: inTitle })).rows.map((r) => r.id)).toEqual([byTitle.id]);
    expect((await list(staff, { q: inName })).rows.map((r) => r.id)).toEqual([byPartner.id]);
    // The partner's city is in its indexed text, but it is not its name.
    expect((await list(staff, { q: inCity })).total).toBe(0);
    // One character of a pair is still found, without the pair index.
    expect((await list(staff, { q: `${inTitle}协` })).rows.map((r) => r.id)).toEqual([byTitle.id]);
  });

  it("finds Chinese words in simplified and traditional script alike, in partner names and titles", async () => {
    const staff = await actorWith("STAFF");
    const tag = uniqueSuffix();
    const taiwan = await createPartner(db(), { nameEn: `National Taiwan University ${tag}`, nameNative: `國立臺灣大學${tag}`, country: "TW" });
    const peking = await createPartner(db(), { nameEn: `Peking University ${tag}`, nameNative: `北京大学${tag}`, country: "CN" });
    const withTaiwan = await seedAgreement(db(), { title: `Exchange ${tag}`, partnerIds: [taiwan.id] });
    const withPeking = await seedAgreement(db(), { title: `Exchange ${tag}`, partnerIds: [peking.id] });
    const simplifiedTitle = await seedAgreement(db(), { title: `联合实验室协议 ${tag}` });
    const traditionalTitle = await seedAgreement(db(), { title: `學生交流協議 ${tag}` });
    const ids = async (q: string) => (await list(staff, { q })).rows.map((r) => r.id).sort();

    // A partner's traditional name by a simplified search, and its simplified name by a traditional one.
    expect(await ids(`台湾大学${tag}`)).toEqual([withTaiwan.id]);
    expect(await ids(`台湾 ${tag}`)).toEqual([withTaiwan.id]);
    expect(await ids(`北京大學${tag}`)).toEqual([withPeking.id]);
    expect(await ids(`大学 exchange ${tag}`)).toEqual([withTaiwan.id, withPeking.id].sort());
    // A title in the other script, by a long word (trigrams) and by a two-character one (pairs).
    expect(await ids(`聯合實驗室 ${tag}`)).toEqual([simplifiedTitle.id]);
    expect(await ids(`学生交流 ${tag}`)).toEqual([traditionalTitle.id]);
    expect(await ids(`协议 ${tag}`)).toEqual([simplifiedTitle.id, traditionalTitle.id].sort());
    expect(await ids(`協議 ${tag}`)).toEqual([simplifiedTitle.id, traditionalTitle.id].sort());
  });

  it("answers a word with several spellings from the indexes, not by reading every row", async () => {
    // In a test database this small the planner may rather read every partner along its
    // primary key than combine three trigram scans; forbidding plain reads (sequential and
    // whole-index scans) shows whether every spelling can be answered from the search indexes.
    // Which nodes it then combines depends on the statistics, so only the indexes are asserted;
    // the SQL's shape (one pair lookup for all spellings) is text-search.test.ts's.
    const plan = async (q: string) => {
      const where = agreementWhere(parseAgreementListParams({ q }), "2026-01-01");
      const rows = await db().$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        await tx.$executeRaw`SET LOCAL enable_indexscan = off`;
        return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT a.id FROM "Agreement" a WHERE ${where}`;
      });
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    };
    const pairs = await plan("台湾");
    expect(pairs).toContain('"Agreement_search_bigram_idx"');
    expect(pairs).toContain('"Partner_search_bigram_idx"');
    const trigrams = await plan("台湾大学");
    expect(trigrams).toContain('"Agreement_search_trgm_idx"');
    expect(trigrams).toContain('"Partner_search_trgm_idx"');
    for (const text of [pairs, trigrams]) expect(text).not.toMatch(/Seq Scan on "(Agreement|Partner)"/);
  });

  it("can answer a two-character Chinese term from the pair indexes, not by reading every row", async () => {
    const where = agreementWhere(parseAgreementListParams({ q: "清华" }), "2026-01-01");
    // The test database is small enough for the planner to prefer reading it all; forbidding
    // sequential scans shows whether the query's expressions match the indexes at all.
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT a.id FROM "Agreement" a WHERE ${where}`;
    });
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toContain("Agreement_search_bigram_idx");
    expect(text).toContain("Partner_search_bigram_idx");
  });

  it("filters by kind, partner, country, owner, faculty and signed year", async () => {
    const staff = await actorWith("STAFF");
    const owner = await actorWith("STAFF");
    const partner = await createPartner(db(), { country: "NZ" });
    const faculty = await db().faculty.create({ data: { code: `F${uniqueSuffix()}`.slice(0, 16), nameEn: "Test faculty" } });
    const target = await seedAgreement(db(), {
      kind: "JOINT_LAB", partnerIds: [partner.id], ownerId: owner.id, facultyIds: [faculty.id], signedOn: day("2031-03-01"),
    });
    const other = await seedAgreement(db(), { kind: "JOINT_LAB", signedOn: day("2032-03-01") });
    const ids = async (query: Record<string, string>) => (await list(staff, query)).rows.map((r) => r.id);

    expect(await ids({ partner: partner.id })).toEqual([target.id]);
    expect(await ids({ owner: owner.id })).toEqual([target.id]);
    expect(await ids({ faculty: faculty.id })).toEqual([target.id]);
    expect(await ids({ country: "NZ", kind: "JOINT_LAB", partner: partner.id })).toEqual([target.id]);
    expect(await ids({ kind: "MOU", partner: partner.id })).toEqual([]);
    const signed2031 = await ids({ signed: "2031", kind: "JOINT_LAB" });
    expect(signed2031).toContain(target.id);
    expect(signed2031).not.toContain(other.id);
  });

  it("shows an active agreement past its expiry as expired, in rows, filters, quick views and detail", async () => {
    const staff = await actorWith("STAFF");
    const partner = await createPartner(db());
    const past = await seedAgreement(db(), { status: "ACTIVE", partnerIds: [partner.id], signedOn: day("2085-01-01"), effectiveOn: day("2085-01-01"), expiresOn: day("2091-06-14") });
    const soon = await seedAgreement(db(), { status: "ACTIVE", partnerIds: [partner.id], signedOn: day("2085-01-01"), effectiveOn: day("2085-01-01"), expiresOn: day("2091-07-01") });
    const later = await seedAgreement(db(), { status: "ACTIVE", partnerIds: [partner.id], signedOn: day("2085-01-01"), effectiveOn: day("2085-01-01"), expiresOn: day("2091-11-01") });
    const statuses = async (query: Record<string, string>) =>
      Object.fromEntries((await list(staff, { partner: partner.id, ...query })).rows.map((r) => [r.id, r.status]));

    expect(await statuses({})).toEqual({ [past.id]: "EXPIRED", [soon.id]: "ACTIVE", [later.id]: "ACTIVE" });
    expect(Object.keys(await statuses({ status: "EXPIRED" }))).toEqual([past.id]);
    expect(Object.keys(await statuses({ status: "ACTIVE" })).sort()).toEqual([soon.id, later.id].sort());
    expect(Object.keys(await statuses({ expiring: "30" }))).toEqual([soon.id]);
    expect(Object.keys(await statuses({ expiring: "180" })).sort()).toEqual([soon.id, later.id].sort());
    expect((await getAgreement(staff, past.id, { now: NOW })).status).toBe("EXPIRED");
    // The day before its expiry it was still active: nothing was written in between.
    expect((await getAgreement(staff, past.id, { now: day("2091-06-14") })).status).toBe("ACTIVE");
    const views = await countAgreementQuickViews(staff, NOW);
    expect(views.expiring).toBeGreaterThanOrEqual(1);
  });
});

describe("status by dates: every filter agrees with the status shown", () => {
  it("puts each agreement under the one status its row shows, terminations and expiries included", async () => {
    const staff = await actorWith("STAFF");
    const partner = await createPartner(db());
    const signed = { partnerIds: [partner.id], signedOn: day("2085-01-01"), effectiveOn: day("2085-01-01") };
    const expected = new Map<string, string>();
    const add = async (shows: string, data: Parameters<typeof seedAgreement>[1]) => expected.set((await seedAgreement(db(), { ...signed, ...data })).id, shows);
    await add("ACTIVE", { status: "ACTIVE", expiresOn: day("2092-01-01") });
    await add("ACTIVE", { status: "ACTIVE", expiresOn: null });
    await add("ACTIVE", { status: "ACTIVE", expiresOn: day("2092-01-01"), terminatesOn: day("2091-06-16") });
    await add("TERMINATED", { status: "ACTIVE", expiresOn: day("2092-01-01"), terminatesOn: day("2091-06-15") });
    await add("TERMINATED", { status: "ACTIVE", expiresOn: day("2091-06-14"), terminatesOn: day("2091-06-01") });
    await add("TERMINATED", { status: "TERMINATED", expiresOn: day("2092-01-01") });
    await add("EXPIRED", { status: "ACTIVE", expiresOn: day("2091-06-14") });
    await add("EXPIRED", { status: "ACTIVE", expiresOn: day("2091-06-14"), terminatesOn: day("2091-07-01") });
    await add("EXPIRED", { status: "EXPIRED", expiresOn: day("2091-06-14") });
    await add("SUPERSEDED", { status: "SUPERSEDED", expiresOn: day("2092-01-01") });
    // A renewal approved ahead: in force until the day it takes over, superseded from then on,
    // even once past its expiry; a termination in effect first ends it so.
    await add("ACTIVE", { status: "ACTIVE", expiresOn: day("2092-01-01"), supersededOn: day("2091-06-16") });
    await add("SUPERSEDED", { status: "ACTIVE", expiresOn: day("2092-01-01"), supersededOn: day("2091-06-15") });
    await add("SUPERSEDED", { status: "ACTIVE", expiresOn: day("2091-06-01"), supersededOn: day("2091-06-02") });
    await add("EXPIRED", { status: "ACTIVE", expiresOn: day("2091-06-01"), supersededOn: day("2091-07-01") });
    await add("TERMINATED", { status: "ACTIVE", expiresOn: day("2092-01-01"), terminatesOn: day("2091-06-10"), supersededOn: day("2091-06-12") });
    await add("DRAFT", { status: "DRAFT", signedOn: null });

    const shown = Object.fromEntries((await list(staff, { partner: partner.id })).rows.map((r) => [r.id, r.status]));
    expect(shown).toEqual(Object.fromEntries(expected));
    for (const status of ["ACTIVE", "EXPIRED", "TERMINATED", "SUPERSEDED", "DRAFT"]) {
      const filtered = (await list(staff, { partner: partner.id, status })).rows.map((r) => r.id).sort();
      expect(filtered, status).toEqual([...expected].filter(([, shows]) => shows === status).map(([id]) => id).sort());
    }
    for (const [id, shows] of expected) expect((await getAgreement(staff, id, { now: NOW })).status).toBe(shows);
    // "Expiring" is for renewals: one ending early by a termination is not expiring, nor is
    // one whose renewal is approved and takes over later.
    const expiring = await seedAgreement(db(), { ...signed, status: "ACTIVE", expiresOn: day("2091-07-01") });
    await seedAgreement(db(), { ...signed, status: "ACTIVE", expiresOn: day("2091-07-01"), terminatesOn: day("2091-06-20") });
    await seedAgreement(db(), { ...signed, status: "ACTIVE", expiresOn: day("2091-07-01"), supersededOn: day("2091-07-02") });
    expect((await list(staff, { partner: partner.id, expiring: "30" })).rows.map((r) => r.id)).toEqual([expiring.id]);
  });
});

describe("an agreement signed ahead of taking effect", () => {
  it("shows ACTIVE with the day it takes effect while that is to come, and without it from that day", async () => {
    const staff = await actorWith("STAFF");
    const partner = await createPartner(db());
    const signed = { partnerIds: [partner.id], status: "ACTIVE" as const, signedOn: day("2091-01-10"), expiresOn: day("2096-08-31") };
    const ahead = await seedAgreement(db(), { ...signed, effectiveOn: day("2091-09-01") });
    const today = await seedAgreement(db(), { ...signed, effectiveOn: day("2091-06-15") });
    const started = await seedAgreement(db(), { ...signed, effectiveOn: day("2091-01-10") });
    const rows = new Map((await list(staff, { partner: partner.id })).rows.map((row) => [row.id, row]));
    expect(rows.get(ahead.id)).toMatchObject({ status: "ACTIVE", startsOn: day("2091-09-01") });
    expect(rows.get(today.id)).toMatchObject({ status: "ACTIVE", startsOn: null });
    expect(rows.get(started.id)).toMatchObject({ status: "ACTIVE", startsOn: null });
  });
});

describe("today in SQL", () => {
  it("is the UTC date todayOf() gives, whatever the session's time zone (current_date would differ in one of these at any hour)", async () => {
    for (const zone of ["Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      const [row] = await db().$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL TIME ZONE '${zone}'`);
        return tx.$queryRawUnsafe<{ today: string }[]>(`SELECT ${UTC_TODAY_SQL}::text AS today`);
      });
      expect(row?.today, zone).toBe(todayOf(new Date()));
    }
  });
});

describe("the filters' choices", () => {
  it("offers each signed year once, newest first, and each country that has a partner in an agreement once", async () => {
    const staff = await actorWith("STAFF");
    const partner = await createPartner(db(), { country: "IS" });
    await seedAgreement(db(), { partnerIds: [partner.id], status: "ACTIVE", signedOn: day("2097-03-01") });
    await seedAgreement(db(), { partnerIds: [partner.id], status: "ACTIVE", signedOn: day("2099-05-01") });
    await seedAgreement(db(), { partnerIds: [partner.id], status: "ACTIVE", signedOn: day("2099-11-30") });
    await seedAgreement(db(), { partnerIds: [partner.id], status: "ACTIVE", signedOn: day("2098-01-01"), deletedAt: new Date() });
    const { years, countries } = await listAgreementChoices(staff);
    expect(years.filter((year) => year >= 2097)).toEqual([2099, 2097]);
    expect(years).toEqual([...new Set(years)].sort((a, b) => b - a));
    expect(countries).toContain("IS");
    expect(countries).toEqual([...new Set(countries)].sort());
  });

  it("names the partner a list is filtered by; the other choices are the same for every partner", async () => {
    const staff = await actorWith("STAFF");
    const partner = await createPartner(db(), { nameEn: `Choice ${crypto.randomUUID().slice(0, 8)}` });
    const other = await createPartner(db());
    const forPartner = await listAgreementChoices(staff, partner.id);
    expect(forPartner.partner).toEqual({ id: partner.id, label: partner.nameEn });
    const forOther = await listAgreementChoices(staff, other.id);
    expect(forOther.partner?.id).toBe(other.id);
    expect({ ...forOther, partner: null }).toEqual({ ...forPartner, partner: null });
    expect((await listAgreementChoices(staff, "not-a-uuid")).partner).toBeNull();
    expect((await listAgreementChoices(staff, crypto.randomUUID())).partner).toBeNull();
  });
});

describe("keyset pages", () => {
  it("walks forward and back with no row lost or repeated, at exact page boundaries", async () => {
    const staff = await actorWith("STAFF");
    const partner = await createPartner(db());
    const count = AGREEMENT_PAGE_SIZE * 2; // two full pages: the second has no "next"
    for (let i = 0; i < count; i++) {
      await seedAgreement(db(), { partnerIds: [partner.id], referenceNumber: `PG-${partner.id.slice(0, 8)}-${String(i).padStart(3, "0")}`, expiresOn: i % 3 ? day(`2092-0${(i % 9) + 1}-01`) : null });
    }
    for (const sort of ["reference", "newest", "expires"]) {
      const first = await list(staff, { partner: partner.id, sort });
      expect(first.total).toBe(count);
      expect(first.rows).toHaveLength(AGREEMENT_PAGE_SIZE);
      expect(first.previousCursor).toBeNull();
      const second = await list(staff, { partner: partner.id, sort, after: first.nextCursor ?? "" });
      expect(second.rows).toHaveLength(AGREEMENT_PAGE_SIZE);
      expect(second.nextCursor).toBeNull();
      const seen = new Set([...first.rows, ...second.rows].map((r) => r.id));
      expect(seen.size).toBe(count);
      const back = await list(staff, { partner: partner.id, sort, before: second.previousCursor ?? "" });
      expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
      expect(back.previousCursor).toBeNull();
    }
    const byReference = (await list(staff, { partner: partner.id, sort: "reference" })).rows.map((r) => r.referenceNumber);
    expect(byReference).toEqual([...byReference].sort());
    // A cursor that is not ours is the first page, not an error.
    expect((await list(staff, { partner: partner.id, after: "bogus" })).rows).toHaveLength(AGREEMENT_PAGE_SIZE);
  });
});

describe("creating and editing", () => {
  it("creates a draft with partners, faculties and mobility terms, and audits it", async () => {
    const staff = await actorWith("STAFF");
    const [a, b] = [await createPartner(db()), await createPartner(db())];
    const { id } = await createAgreement(staff, input([a.id, b.id], {
      terms: [{
        sendingPartnerId: null, receivingPartnerId: a.id, mobilityType: "STUDENT_STUDIES", fromAcademicYear: 2091, toAcademicYear: 2095,
        placesPerYear: 3, monthsPerYear: 9.5, daysPerYear: null, eqfLevels: [6, 7], iscedCodes: ["0613"], languageCode: "de", cefrLevel: "B2", blended: false,
      }],
    }));
    const detail = await getAgreement(staff, id, { now: NOW });
    expect(detail.status).toBe("DRAFT");
    expect(detail.partners.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(detail.terms[0]).toMatchObject({ receivingPartnerId: a.id, monthsPerYear: 9.5, eqfLevels: [6, 7], cefrLevel: "B2" });
    const audit = await db().auditEvent.findFirst({ where: { entityType: "Agreement", entityId: id, action: "CREATE" } });
    expect(audit?.actorId).toBe(staff.id);
  });

  it("refuses a reference number in use by a live agreement, next to the field; a deleted one frees it", async () => {
    const staff = await actorWith("STAFF");
    const partner = await createPartner(db());
    const taken = await seedAgreement(db(), { referenceNumber: `TAKEN-${uniqueSuffix()}` });
    for (const referenceNumber of [taken.referenceNumber, taken.referenceNumber.toLowerCase()]) {
      await expect(createAgreement(staff, input([partner.id], { referenceNumber }))).rejects.toMatchObject({
        code: "CONFLICT", field: { name: "referenceNumber", messageKey: "referenceInUse" },
      });
    }
    // The database holds the line too, whatever writes.
    await expect(seedAgreement(db(), { referenceNumber: taken.referenceNumber.toLowerCase() })).rejects.toMatchObject({ code: "P2002" });
    await db().agreement.update({ where: { id: taken.id }, data: { deletedAt: new Date() } });
    await expect(createAgreement(staff, input([partner.id], { referenceNumber: taken.referenceNumber }))).resolves.toHaveProperty("id");
    // …and the deleted one cannot come back while the new one holds its number.
    await expect(restoreAgreement(await actorWith("ADMIN"), taken.id)).rejects.toMatchObject({ field: { messageKey: "referenceInUse" } });
  });

  it("tells the form whether a number is in use, in any case, by a live agreement other than the one edited", async () => {
    const staff = await actorWith("STAFF");
    const taken = await seedAgreement(db(), { referenceNumber: `ASKED-${uniqueSuffix()}` });
    expect(await isReferenceNumberInUse(staff, taken.referenceNumber.toLowerCase())).toBe(true);
    expect(await isReferenceNumberInUse(staff, taken.referenceNumber, taken.id)).toBe(false);
    expect(await isReferenceNumberInUse(staff, `FREE-${uniqueSuffix()}`)).toBe(false);
    // A malformed id from a forged form is no one's: the number still counts as in use.
    expect(await isReferenceNumberInUse(staff, taken.referenceNumber, "not-a-uuid")).toBe(true);
    await db().agreement.update({ where: { id: taken.id }, data: { deletedAt: new Date() } });
    expect(await isReferenceNumberInUse(staff, taken.referenceNumber)).toBe(false);
  });

  it("refuses unknown or deleted partners and a non-office owner", async () => {
    const staff = await actorWith("STAFF");
    const gone = await createPartner(db(), { deletedAt: new Date() });
    await expect(createAgreement(staff, input([gone.id]))).rejects.toMatchObject({ field: { name: "partners" } });
    const student = await actorWith("STUDENT");
    const partner = await createPartner(db());
    await expect(createAgreement(staff, input([partner.id], { ownerId: student.id }))).rejects.toMatchObject({ field: { name: "ownerId" } });
  });

  it("lets only an admin or the current owner hand an agreement to someone else (the owner approves it)", async () => {
    const [owner, colleague, admin] = [await actorWith("STAFF"), await actorWith("STAFF"), await actorWith("ADMIN")];
    const partner = await createPartner(db());
    const { id } = await createAgreement(owner, input([partner.id], { ownerId: owner.id }));
    const edit = async (who: Actor, ownerId: string | null) => {
      const detail = await getAgreement(who, id);
      return updateAgreement(who, id, { ...input([partner.id], { referenceNumber: detail.referenceNumber, title: detail.title, ownerId }), version: detail.version });
    };
    await expect(edit(colleague, colleague.id)).rejects.toMatchObject({ code: "INVALID", field: { name: "ownerId", messageKey: "ownerChangeForbidden" } });
    expect((await getAgreement(owner, id)).owner?.id ?? null).toBe(owner.id);
    // Other fields stay open to every office user.
    await edit(colleague, owner.id);
    await edit(owner, colleague.id);
    expect((await getAgreement(owner, id)).owner?.id ?? null).toBe(colleague.id);
    await edit(admin, null);
    await expect(edit(colleague, colleague.id)).rejects.toMatchObject({ field: { messageKey: "ownerChangeForbidden" } });
    await edit(admin, colleague.id);
    expect((await getAgreement(owner, id)).owner?.id ?? null).toBe(colleague.id);
  });

  it("saves an edit, and refuses a stale form with who saved and what differs, keeping the saved values", async () => {
    const [first, second] = [await actorWith("STAFF"), await actorWith("STAFF")];
    const partner = await createPartner(db());
    const { id } = await createAgreement(first, input([partner.id], { title: "Original title" }));
    const opened = await getAgreement(first, id);
    const base = input([partner.id], { referenceNumber: opened.referenceNumber, title: "Original title" });

    await updateAgreement(first, id, { ...base, title: "First's title", version: opened.version });
    const refused = await updateAgreement(second, id, { ...base, title: "Second's title", notes: "typed", version: opened.version }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    const { conflict } = refused as ConflictError;
    expect(conflict.savedBy).toBe(first.name);
    expect(conflict.version).toBe(opened.version + 1);
    expect(conflict.saved).toEqual({ title: "First's title", notes: "" });
    expect((await getAgreement(first, id)).title).toBe("First's title");
    // Saving again with the new version is deliberate and goes through.
    await updateAgreement(second, id, { ...base, title: "Second's title", version: conflict.version });
    expect((await getAgreement(first, id)).title).toBe("Second's title");
  });
});

describe("the approval workflow", () => {
  async function awaitingSignature(owner: Actor) {
    const partner = await createPartner(db());
    const { id } = await createAgreement(owner, input([partner.id], { ownerId: owner.id }));
    let version = (await getAgreement(owner, id)).version;
    await proposeAgreement(owner, id, { version, comment: null });
    version += 1;
    await proposeAgreement(owner, id, { version, comment: "Ready to sign" });
    return { id, version: version + 1 };
  }

  it("moves draft → in negotiation → awaiting signature, and no further by proposing", async () => {
    const staff = await actorWith("STAFF");
    const { id, version } = await awaitingSignature(staff);
    expect((await getAgreement(staff, id)).status).toBe("AWAITING_SIGNATURE");
    await expect(proposeAgreement(staff, id, { version, comment: null })).rejects.toMatchObject({ code: "INVALID", field: { messageKey: "cannotPropose" } });
  });

  it("never makes an agreement active without a signed date", async () => {
    const owner = await actorWith("STAFF");
    const { id, version } = await awaitingSignature(owner);
    await expect(approveAgreement(owner, id, { version, comment: null, signedOn: null })).rejects.toMatchObject({
      code: "INVALID", field: { name: "signedOn", messageKey: "signedRequired" },
    });
    // Nor with a signing date still to come (a day's grace for offices ahead of UTC).
    await expect(approveAgreement(owner, id, { version, comment: null, signedOn: day("2091-06-17") }, NOW)).rejects.toMatchObject({
      code: "INVALID", field: { name: "signedOn", messageKey: "signedInFuture" },
    });
    expect((await getAgreement(owner, id)).storedStatus).toBe("AWAITING_SIGNATURE");
    // Nor by editing: the form has no status, and a signed agreement keeps its date.
    const active = await seedAgreement(db(), { status: "ACTIVE", signedOn: day("2030-01-01") });
    const detail = await getAgreement(owner, active.id);
    await expect(
      updateAgreement(owner, active.id, { ...input(detail.partners.map((p) => p.id), { referenceNumber: detail.referenceNumber, signedOn: null }), version: detail.version }),
    ).rejects.toMatchObject({ field: { name: "signedOn", messageKey: "signedRequired" } });
  });

  it("lets only an admin or the owner approve; records who, when and the comment", async () => {
    const owner = await actorWith("STAFF");
    const other = await actorWith("STAFF");
    const admin = await actorWith("ADMIN");
    const { id, version } = await awaitingSignature(owner);
    await expect(approveAgreement(other, id, { version, comment: null, signedOn: day("2091-08-01") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getAgreement(other, id)).canDecide).toBe(false);
    expect((await getAgreement(owner, id)).canDecide).toBe(true);
    await approveAgreement(admin, id, { version, comment: "Signed by both rectors", signedOn: day("2091-08-01") }, day("2091-08-01"));
    const detail = await getAgreement(owner, id, { now: NOW });
    expect(detail.status).toBe("ACTIVE");
    expect(detail.signedOn?.toISOString().slice(0, 10)).toBe("2091-08-01");
    expect(detail.approvals.map((a) => [a.decision, a.toStatus, a.actorName, a.comment])).toEqual([
      ["PROPOSED", "IN_NEGOTIATION", owner.name, null],
      ["PROPOSED", "AWAITING_SIGNATURE", owner.name, "Ready to sign"],
      ["APPROVED", "ACTIVE", admin.name, "Signed by both rectors"],
    ]);
  });

  it("returns an agreement one stage back, only with a comment", async () => {
    const owner = await actorWith("STAFF");
    const { id, version } = await awaitingSignature(owner);
    await expect(returnAgreement(owner, id, { version, comment: null })).rejects.toMatchObject({ field: { name: "comment", messageKey: "commentRequired" } });
    await returnAgreement(owner, id, { version, comment: "Places per year are wrong" });
    const detail = await getAgreement(owner, id);
    expect(detail.status).toBe("IN_NEGOTIATION");
    expect(detail.approvals.at(-1)).toMatchObject({ decision: "RETURNED", comment: "Places per year are wrong" });
  });

  it("terminates an agreement in force: only by an admin or its owner, only with a reason, never once it has run out", async () => {
    const owner = await actorWith("STAFF");
    const other = await actorWith("STAFF");
    const admin = await actorWith("ADMIN");
    const inForce = await seedAgreement(db(), { status: "ACTIVE", ownerId: owner.id, signedOn: day("2030-01-01"), expiresOn: day("2095-08-31") });
    const reason = "The partner closed its engineering faculty";
    await expect(terminateAgreement(other, inForce.id, { version: 1, comment: reason })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(terminateAgreement(owner, inForce.id, { version: 1, comment: null })).rejects.toMatchObject({
      field: { name: "comment", messageKey: "reasonRequired" },
    });
    await terminateAgreement(owner, inForce.id, { version: 1, comment: reason });
    const detail = await getAgreement(owner, inForce.id);
    expect(detail.status).toBe("TERMINATED");
    expect(detail.approvals.at(-1)).toMatchObject({ decision: "TERMINATED", toStatus: "TERMINATED", actorName: owner.name, comment: reason });
    // Once only; and nothing that is not in force, even by an admin.
    await expect(terminateAgreement(admin, inForce.id, { version: detail.version, comment: reason })).rejects.toMatchObject({ field: { messageKey: "cannotTerminate" } });
    const expired = await seedAgreement(db(), { status: "ACTIVE", signedOn: day("2015-01-01"), expiresOn: day("2020-08-31") });
    const draft = await seedAgreement(db(), { status: "DRAFT" });
    for (const { id } of [expired, draft]) {
      await expect(terminateAgreement(admin, id, { version: 1, comment: reason })).rejects.toMatchObject({ field: { messageKey: "cannotTerminate" } });
    }
    expect((await getAgreement(admin, expired.id)).status).toBe("EXPIRED");
  });

  it("terminates from a later date: in force until then, with the date in the trail, refused before today or after the expiry", async () => {
    const owner = await actorWith("STAFF");
    const inForce = await seedAgreement(db(), { status: "ACTIVE", ownerId: owner.id, signedOn: day("2085-01-01"), expiresOn: day("2092-08-31") });
    const reason = "The partner gave six months' notice";
    const refusedDate = (terminatesOn: Date) => terminateAgreement(owner, inForce.id, { version: 1, comment: reason, terminatesOn }, NOW);
    await expect(refusedDate(day("2091-06-14"))).rejects.toMatchObject({ field: { name: "terminatesOn", messageKey: "terminatesInPast" } });
    await expect(refusedDate(day("2092-09-01"))).rejects.toMatchObject({ field: { name: "terminatesOn", messageKey: "terminatesAfterExpiry" } });

    // A date to come: active until the day before, terminated from it.
    await terminateAgreement(owner, inForce.id, { version: 1, comment: reason, terminatesOn: day("2091-12-15") }, NOW);
    const before = await getAgreement(owner, inForce.id, { now: NOW });
    expect(before).toMatchObject({ status: "ACTIVE", storedStatus: "ACTIVE", terminatesOn: day("2091-12-15") });
    expect(before.approvals.at(-1)).toMatchObject({ decision: "TERMINATED", takesEffectOn: day("2091-12-15"), comment: reason });
    expect((await getAgreement(owner, inForce.id, { now: day("2091-12-14") })).status).toBe("ACTIVE");
    expect((await getAgreement(owner, inForce.id, { now: day("2091-12-15") })).status).toBe("TERMINATED");
    // Ending already: no second termination, no renewal, and the expiry may not move before it.
    await expect(terminateAgreement(owner, inForce.id, { version: before.version, comment: reason }, NOW)).rejects.toMatchObject({ field: { messageKey: "cannotTerminate" } });
    await expect(renewAgreement(owner, inForce.id)).rejects.toMatchObject({ field: { messageKey: "cannotRenew" } });
    const edit = { ...input(before.partners.map((p) => p.id)), referenceNumber: before.referenceNumber, signedOn: before.signedOn, effectiveOn: null };
    await expect(updateAgreement(owner, inForce.id, { ...edit, expiresOn: day("2091-12-01"), version: before.version })).rejects.toMatchObject({
      field: { name: "expiresOn", messageKey: "expiresBeforeTermination" },
    });
  });

  it("withdraws a termination still to come: by an admin or the owner, with a reason, not once it has taken effect", async () => {
    const owner = await actorWith("STAFF");
    const other = await actorWith("STAFF");
    const inForce = await seedAgreement(db(), { status: "ACTIVE", ownerId: owner.id, signedOn: day("2085-01-01"), expiresOn: day("2092-08-31") });
    await expect(withdrawTermination(owner, inForce.id, { version: 1, comment: "Nothing to take back" }, NOW)).rejects.toMatchObject({ field: { messageKey: "cannotWithdraw" } });
    await terminateAgreement(owner, inForce.id, { version: 1, comment: "Notice given", terminatesOn: day("2091-12-15") }, NOW);
    // Once the date has come there is nothing left to withdraw.
    await expect(withdrawTermination(owner, inForce.id, { version: 2, comment: "Too late" }, day("2091-12-15"))).rejects.toMatchObject({ field: { messageKey: "cannotWithdraw" } });
    await expect(withdrawTermination(other, inForce.id, { version: 2, comment: "Not mine" }, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(withdrawTermination(owner, inForce.id, { version: 2, comment: null }, NOW)).rejects.toMatchObject({ field: { name: "comment", messageKey: "reasonRequired" } });
    // The day before it takes effect is the last one to withdraw it.
    await withdrawTermination(owner, inForce.id, { version: 2, comment: "The partner withdrew its notice" }, day("2091-12-14"));
    const after = await getAgreement(owner, inForce.id, { now: day("2092-01-01") });
    expect(after).toMatchObject({ status: "ACTIVE", terminatesOn: null });
    expect(after.approvals.map((step) => step.decision)).toEqual(["TERMINATED", "TERMINATION_WITHDRAWN"]);
    // And it can be terminated again: a date of today ends it at once, for good.
    await terminateAgreement(owner, inForce.id, { version: after.version, comment: "Closed after all", terminatesOn: day("2091-06-15") }, NOW);
    expect(await db().agreement.findUniqueOrThrow({ where: { id: inForce.id }, select: { status: true } })).toEqual({ status: "TERMINATED" });
    await expect(withdrawTermination(owner, inForce.id, { version: after.version + 1, comment: "Undo" }, NOW)).rejects.toMatchObject({ field: { messageKey: "cannotWithdraw" } });
  });

  it("brings a cooperative education programme into force only with its ministry approval number", async () => {
    const admin = await actorWith("ADMIN");
    const programme = await seedAgreement(db(), { kind: "COOPERATIVE_PROGRAMME", status: "AWAITING_SIGNATURE", signedOn: day("2091-05-01") });
    await expect(approveAgreement(admin, programme.id, { version: 1, comment: null, signedOn: null }, NOW)).rejects.toMatchObject({
      code: "INVALID", field: { name: "workflow", messageKey: "ministryApprovalRequired" },
    });
    await db().agreement.update({ where: { id: programme.id }, data: { ministryApprovalNumber: "MOE 31US2A20251234N" } });
    await approveAgreement(admin, programme.id, { version: 1, comment: null, signedOn: null }, NOW);
    expect((await getAgreement(admin, programme.id)).storedStatus).toBe("ACTIVE");
  });

  it("refuses a decision on a version someone has moved", async () => {
    const owner = await actorWith("STAFF");
    const { id, version } = await awaitingSignature(owner);
    await expect(approveAgreement(owner, id, { version: version - 1, comment: null, signedOn: day("2091-08-01") })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("renewal", () => {
  it("creates a prefilled draft successor; approving it supersedes the predecessor; the chain shows both ways", async () => {
    const owner = await actorWith("STAFF");
    const [a, b] = [await createPartner(db()), await createPartner(db())];
    const old = await seedAgreement(db(), {
      referenceNumber: `REN-${uniqueSuffix()}`, status: "ACTIVE", partnerIds: [a.id, b.id], ownerId: owner.id,
      signedOn: day("2086-01-01"), effectiveOn: day("2086-09-01"), expiresOn: day("2091-08-31"), scope: "Scope text",
    });
    await createMobilityTerm(db(), old.id, { receivingPartnerId: a.id, fromAcademicYear: 2086, toAcademicYear: 2090 });

    const { id } = await renewAgreement(owner, old.id);
    const draft = await getAgreement(owner, id);
    expect(draft).toMatchObject({ status: "DRAFT", title: old.title, scope: "Scope text", referenceNumber: `${old.referenceNumber}-R2` });
    expect(draft.effectiveOn?.toISOString().slice(0, 10)).toBe("2091-09-01");
    expect(draft.partners.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(draft.terms[0]).toMatchObject({ fromAcademicYear: 2091, toAcademicYear: 2095, receivingPartnerId: a.id });
    expect(draft.chain.map((link) => link.id)).toEqual([old.id, id]);
    await expect(renewAgreement(owner, old.id)).rejects.toMatchObject({ field: { messageKey: "alreadyRenewed" } });

    let version = draft.version;
    for (const _ of [1, 2]) await proposeAgreement(owner, id, { version: version++, comment: null });
    // Approved on its effective date: it takes over at once.
    await approveAgreement(owner, id, { version, comment: null, signedOn: day("2091-07-01") }, day("2091-09-01"));
    const predecessor = await getAgreement(owner, old.id, { now: day("2091-09-01") });
    expect(predecessor).toMatchObject({ storedStatus: "SUPERSEDED", status: "SUPERSEDED", supersededOn: day("2091-09-01") });
    expect(predecessor.chain.map((link) => [link.id, link.status])).toEqual([[old.id, "SUPERSEDED"], [id, "ACTIVE"]]);
  });

  it("keeps the agreement in force until a renewal approved ahead takes effect, and out of 'expiring' meanwhile", async () => {
    const owner = await actorWith("STAFF");
    const partner = await createPartner(db());
    const old = await seedAgreement(db(), {
      status: "ACTIVE", partnerIds: [partner.id], ownerId: owner.id, signedOn: day("2086-01-01"), effectiveOn: day("2086-09-01"), expiresOn: day("2091-08-31"),
    });
    const { id } = await renewAgreement(owner, old.id);
    // Renegotiated to start before the old one runs out.
    await db().agreement.update({ where: { id }, data: { effectiveOn: day("2091-07-01") } });
    let version = (await getAgreement(owner, id)).version;
    for (const _ of [1, 2]) await proposeAgreement(owner, id, { version: version++, comment: null });
    expect((await list(owner, { partner: partner.id, expiring: "90" })).rows.map((r) => r.id)).toEqual([old.id]);
    await approveAgreement(owner, id, { version, comment: null, signedOn: day("2091-06-01") }, NOW);

    const stored = await db().agreement.findUniqueOrThrow({ where: { id: old.id }, select: { status: true, supersededOn: true } });
    expect(stored).toEqual({ status: "ACTIVE", supersededOn: day("2091-07-01") });
    const statusOn = async (iso: string) => (await getAgreement(owner, old.id, { now: day(iso) })).status;
    expect(await statusOn("2091-06-15")).toBe("ACTIVE");
    expect(await statusOn("2091-06-30")).toBe("ACTIVE");
    expect(await statusOn("2091-07-01")).toBe("SUPERSEDED");
    expect((await list(owner, { partner: partner.id, status: "ACTIVE" })).rows.map((r) => r.id).sort()).toEqual([old.id, id].sort());
    expect((await list(owner, { partner: partner.id, expiring: "90" })).rows).toEqual([]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Agreement", entityId: old.id }, orderBy: { id: "desc" }, select: { changes: true } });
    expect(audit.changes).toEqual({ supersededOn: [null, "2091-07-01"], supersededBy: [null, id] });

    // A termination may still end it before its renewal takes over, not after.
    const current = (await getAgreement(owner, old.id, { now: NOW })).version;
    await expect(terminateAgreement(owner, old.id, { version: current, comment: "Notice", terminatesOn: day("2091-07-02") }, NOW))
      .rejects.toMatchObject({ field: { name: "terminatesOn", messageKey: "terminatesAfterRenewal" } });
    await terminateAgreement(owner, old.id, { version: current, comment: "Notice", terminatesOn: day("2091-06-20") }, NOW);
    expect(await statusOn("2091-07-01")).toBe("TERMINATED");
  });

  it("renews again after its renewal draft was deleted, which loses its link (an agreement has one successor)", async () => {
    const owner = await actorWith("STAFF");
    const admin = await actorWith("ADMIN");
    const old = await seedAgreement(db(), { status: "ACTIVE", ownerId: owner.id, signedOn: day("2086-01-01"), effectiveOn: day("2086-09-01"), expiresOn: day("2091-08-31") });
    const first = await renewAgreement(owner, old.id);
    await deleteAgreement(admin, first.id, 1);
    const second = await renewAgreement(owner, old.id);
    expect((await getAgreement(owner, old.id)).chain.map((link) => link.id)).toEqual([old.id, second.id]);
    expect(await db().agreement.findUniqueOrThrow({ where: { id: first.id }, select: { supersedesId: true } })).toEqual({ supersedesId: null });
    await expect(renewAgreement(owner, old.id)).rejects.toMatchObject({ field: { messageKey: "alreadyRenewed" } });
  });

  it("lets staff discard a renewal draft not yet proposed, after which Renew works again; a proposed one stays", async () => {
    const owner = await actorWith("STAFF");
    const old = await seedAgreement(db(), { status: "ACTIVE", ownerId: owner.id, signedOn: day("2086-01-01"), effectiveOn: day("2086-09-01"), expiresOn: day("2091-08-31") });
    const mistake = await renewAgreement(owner, old.id);
    expect(await discardRenewalDraft(owner, mistake.id, 1)).toEqual({ renewedId: old.id });
    await expect(getAgreement(owner, mistake.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Agreement", entityId: mistake.id, action: "DELETE" }, select: { actorId: true } });
    expect(audit.actorId).toBe(owner.id);

    const kept = await renewAgreement(owner, old.id);
    await proposeAgreement(owner, kept.id, { version: 1, comment: null });
    await expect(discardRenewalDraft(owner, kept.id, 2)).rejects.toMatchObject({ code: "INVALID", field: { messageKey: "cannotDiscard" } });
    // Nor an agreement that renews nothing.
    const plain = await seedAgreement(db(), { status: "DRAFT" });
    await expect(discardRenewalDraft(owner, plain.id, 1)).rejects.toMatchObject({ field: { messageKey: "cannotDiscard" } });
  });

  it("leaves an agreement whose termination was recorded after its renewal to end so, not superseded", async () => {
    const owner = await actorWith("STAFF");
    const old = await seedAgreement(db(), { status: "ACTIVE", ownerId: owner.id, signedOn: day("2086-01-01"), effectiveOn: day("2086-09-01"), expiresOn: day("2092-08-31") });
    const { id } = await renewAgreement(owner, old.id);
    await terminateAgreement(owner, old.id, { version: 1, comment: "Notice given", terminatesOn: day("2091-12-15") }, NOW);
    let version = (await getAgreement(owner, id)).version;
    for (const _ of [1, 2]) await proposeAgreement(owner, id, { version: version++, comment: null });
    await approveAgreement(owner, id, { version, comment: null, signedOn: day("2091-07-01") }, day("2091-07-01"));
    const predecessor = await db().agreement.findUniqueOrThrow({ where: { id: old.id }, select: { status: true, terminatesOn: true } });
    expect(predecessor).toEqual({ status: "ACTIVE", terminatesOn: day("2091-12-15") });
  });
});

describe("soft delete", () => {
  it("hides a deleted agreement from list, search, counts and detail; admins see and restore it; both audited", async () => {
    const staff = await actorWith("STAFF");
    const admin = await actorWith("ADMIN");
    const tag = uniqueSuffix();
    const agreement = await seedAgreement(db(), { referenceNumber: `DEL-${tag}` });
    await expect(deleteAgreement(staff, agreement.id, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteAgreement(admin, agreement.id, 1);

    expect((await list(staff, { q: `DEL-${tag}` })).total).toBe(0);
    await expect(getAgreement(staff, agreement.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAgreement(staff, agreement.id, { includeDeleted: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getAgreement(admin, agreement.id, { includeDeleted: true })).deletedAt).not.toBeNull();
    expect((await listDeletedAgreements(admin)).rows.map((r) => r.id)).toContain(agreement.id);

    await restoreAgreement(admin, agreement.id);
    expect((await list(staff, { q: `DEL-${tag}` })).total).toBe(1);
    const actions = await db().auditEvent.findMany({ where: { entityType: "Agreement", entityId: agreement.id }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["DELETE", "RESTORE"]);
  });
});

describe("the partner picker", () => {
  it("finds live partners by part of a name, not deleted ones", async () => {
    const staff = await actorWith("STAFF");
    const tag = uniqueSuffix();
    const live = await createPartner(db(), { nameEn: `Picker ${tag} University` });
    await createPartner(db(), { nameEn: `Picker ${tag} Gone`, deletedAt: new Date() });
    expect((await searchAgreementPartners(staff, `picker ${tag}`)).map((c) => c.id)).toEqual([live.id]);
  });

  it("finds a partner by its name in the other Chinese script", async () => {
    const staff = await actorWith("STAFF");
    const tag = uniqueSuffix();
    const taiwan = await createPartner(db(), { nameEn: `Picker NTU ${tag}`, nameNative: `國立臺灣大學${tag}` });
    const peking = await createPartner(db(), { nameEn: `Picker PKU ${tag}`, nameNative: `北京大学${tag}` });
    expect((await searchAgreementPartners(staff, `台湾大学${tag}`)).map((c) => c.id)).toEqual([taiwan.id]);
    expect((await searchAgreementPartners(staff, `北京大學${tag}`)).map((c) => c.id)).toEqual([peking.id]);
  });

  it("finds a partner by one of its other names, not by its city alone", async () => {
    const staff = await actorWith("STAFF");
    const tag = uniqueSuffix();
    const munich = await createPartner(db(), { nameEn: `Picker TUM ${tag}`, otherNames: `慕尼黑工业大学${tag}\nTU Picker ${tag}`, city: `Pickerstadt${tag}` });
    expect((await searchAgreementPartners(staff, `慕尼黑工業大學${tag}`)).map((c) => c.id)).toEqual([munich.id]);
    expect(await searchAgreementPartners(staff, `tu picker ${tag}`)).toEqual([
      { id: munich.id, label: `Picker TUM ${tag}`, description: `慕尼黑工业大学${tag} · TU Picker ${tag} · Pickerstadt${tag}, DE` },
    ]);
    expect(await searchAgreementPartners(staff, `Pickerstadt${tag}`)).toEqual([]);
  });

  it("finds a partner by its acronym and names the acronym in the option", async () => {
    const staff = await actorWith("STAFF");
    const acronym = `Q${uniqueSuffix()}`.slice(0, 12).toUpperCase();
    const partner = await createPartner(db(), { nameEn: "Acronym Institute", acronym, nameNative: null, city: "Lyon", country: "FR" });
    const [found] = await searchAgreementPartners(staff, acronym.toLowerCase());
    expect(found).toEqual({ id: partner.id, label: "Acronym Institute", description: `${acronym} · Lyon, FR` });
  });
});
