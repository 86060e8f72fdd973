import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { parsePartnerListParams } from "@/lib/partners/list-params";
import type { PartnerFormInput } from "@/lib/partners/partner-input";
import { createAgreement } from "@/lib/seed/agreements";
import { createPartner as seedPartner, createPartnerContact as seedContact } from "@/lib/seed/partners";
import { createDemoUser } from "@/lib/seed/users";
import { listEntityHistory } from "./audit-log";
import type { Actor } from "./current-user";
import { getDashboardSummary } from "./dashboard";
import { ConflictError } from "./conflict";
import type { AppError } from "./errors";
import {
  createPartner,
  createPartnerContact,
  deletePartner,
  findSimilarPartners,
  getPartner,
  getPartnerLinks,
  listDeletedPartners,
  listPartnerContacts,
  removePartnerContact,
  restorePartner,
  updatePartner,
  updatePartnerContact,
} from "./partner-records";
import { listPartnerFacets, listPartners } from "./partners";

async function actorWith(role: Role): Promise<Actor> {
  const user = await createDemoUser(db(), { email: `records-${role.toLowerCase()}-${crypto.randomUUID()}@example.edu`, role });
  return { ...user, locale: null };
}

// Names unique to this run, so other files' partners in the same database never match.
const RUN = crypto.randomUUID().slice(0, 6);
const form = (extra: Partial<PartnerFormInput> = {}): PartnerFormInput => ({
  nameEn: `Qorvath Polytechnic ${RUN}`,
  kind: "UNIVERSITY",
  country: "DE",
  status: "ACTIVE",
  ...extra,
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: AppError) => ({ code: error.code, field: error.field?.name, key: error.field?.messageKey }),
  );

let staff: Actor;
let admin: Actor;
beforeAll(async () => {
  [staff, admin] = await Promise.all([actorWith("STAFF"), actorWith("ADMIN")]);
});

describe("createPartner", () => {
  it("stores every field, normalised, with an audit row in the same transaction", async () => {
    const { id } = await createPartner(staff, {
      nameEn: `  Universität Zwölfstadt ${RUN} `,
      nameNative: `Universität Zwölfstadt ${RUN}`,
      otherNames: ` 兹沃尔夫施塔特大学${RUN}\n\nUZ Zwölfstadt \n`,
      acronym: "UZ",
      kind: "UNIVERSITY",
      country: "de",
      city: "Zwölfstadt",
      website: "www.uz.example.de",
      rorId: "https://ror.org/02kkvpp62",
      erasmusCode: "D  ZWOLF01",
      status: "PROSPECTIVE",
      tags: "erasmus, summer school,erasmus, ",
      notes: "Met at EAIE.",
    }, { confirmSimilar: true });
    const partner = await getPartner(staff, id ?? "");
    expect(partner).toMatchObject({
      nameEn: `Universität Zwölfstadt ${RUN}`,
      country: "DE",
      website: "https://www.uz.example.de",
      rorId: "02kkvpp62",
      status: "PROSPECTIVE",
      tags: ["erasmus", "summer school"],
      otherNames: `兹沃尔夫施塔特大学${RUN}\nUZ Zwölfstadt`,
      version: 1,
    });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Partner", entityId: id, action: "CREATE" } });
    expect(audit.actorId).toBe(staff.id);
    expect(audit.changes).toMatchObject({ nameEn: [null, partner.nameEn], tags: [null, ["erasmus", "summer school"]] });
  });

  // Each bad input → the field and the message key shown next to it; nothing is written.
  const long = (n: number) => "x".repeat(n + 1);
  it.each([
    ["empty English name", { nameEn: "   " }, "nameEn", "required"],
    ["English name too long", { nameEn: long(300) }, "nameEn", "tooLong"],
    ["NUL in the English name", { nameEn: "Bad\u0000Name" }, "nameEn", "nul"],
    ["NUL in the notes", { notes: "a\u0000b" }, "notes", "nul"],
    ["native name too long", { nameNative: "大".repeat(301) }, "nameNative", "tooLong"],
    ["acronym too long", { acronym: long(40) }, "acronym", "tooLong"],
    ["an other name too long", { otherNames: `ok\n${long(300)}` }, "otherNames", "otherNameTooLong"],
    ["too many other names", { otherNames: Array.from({ length: 11 }, (_, i) => `n${i}`).join("\n") }, "otherNames", "tooManyOtherNames"],
    ["no kind", { kind: "" }, "kind", "required"],
    ["unknown kind", { kind: "PUB" }, "kind", "required"],
    ["no country", { country: "" }, "country", "required"],
    ["not an ISO code", { country: "XX" }, "country", "country"],
    ["withdrawn code", { country: "SU" }, "country", "country"],
    ["city too long", { city: long(120) }, "city", "tooLong"],
    ["javascript: link", { website: "javascript:alert(1)" }, "website", "url"],
    ["not a web address", { website: "not a site" }, "website", "url"],
    ["website too long", { website: `https://x.org/${long(500)}` }, "website", "tooLong"],
    ["malformed ROR id", { rorId: "12345" }, "rorId", "ror"],
    ["Erasmus code too long", { erasmusCode: long(40) }, "erasmusCode", "tooLong"],
    ["unknown status", { status: "GONE" }, "status", "required"],
    ["tag too long", { tags: `ok, ${long(40)}` }, "tags", "tagTooLong"],
    ["too many tags", { tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(",") }, "tags", "tooManyTags"],
    ["notes too long", { notes: long(5000) }, "notes", "tooLong"],
  ] as const)("refuses %s", async (_label, bad, field, key) => {
    const mine = () => db().partner.count({ where: { createdById: staff.id } });
    const before = await mine();
    const input = form({ nameEn: `Refused ${crypto.randomUUID()}`, ...bad } as Partial<PartnerFormInput>);
    expect(await refusal(createPartner(staff, input, { confirmSimilar: true }))).toEqual({ code: "INVALID", field, key });
    expect(await mine()).toBe(before);
  });
});

describe("did you mean…", () => {
  let tsinghua: string;
  let tokyo: string;
  let shenzhen: string;
  beforeAll(async () => {
    tsinghua = (await seedPartner(db(), { nameEn: `Tsinghua Xylo University ${RUN}`, nameNative: `清华${RUN}大学`, acronym: `THX${RUN}`, country: "CN" })).id;
    shenzhen = (await seedPartner(db(), { nameEn: `Shenzhen Graduate School ${RUN}`, nameNative: `深圳${RUN}国际研究生院`, country: "CN" })).id;
    tokyo = (await seedPartner(db(), { nameEn: `University of Vrellington ${RUN}`, otherNames: `弗雷林顿${RUN}大学\nKestrelhaven Academy ${RUN}`, country: "JP" })).id;
    await seedPartner(db(), { nameEn: `Tsinghua Xylo University Deleted ${RUN}`, country: "CN", deletedAt: new Date() });
  });

  it("finds a Latin name typed a little differently, not one that only shares 'University of'", async () => {
    const found = await findSimilarPartners(staff, { nameEn: `Tsinghua Xylo Univ. ${RUN}` });
    expect(found.map((p) => p.id)).toEqual([tsinghua]);
    const unrelated = await findSimilarPartners(staff, { nameEn: `University of Quillborough ${RUN}` });
    expect(unrelated.map((p) => p.id)).not.toContain(tokyo);
  });

  it("finds a Chinese name inside a longer one, and an acronym in any case", async () => {
    expect((await findSimilarPartners(staff, { nameEn: "Something else entirely", nameNative: `清华${RUN}大學` })).map((p) => p.id)).toEqual([tsinghua]);
    expect((await findSimilarPartners(staff, { nameEn: "Something else entirely", nameNative: `深圳${RUN}` })).map((p) => p.id)).toEqual([shenzhen]);
    expect((await findSimilarPartners(staff, { nameEn: "Something else entirely", nameNative: `清华${RUN}大学深圳研究生院` })).map((p) => p.id)).toContain(tsinghua);
    expect((await findSimilarPartners(staff, { nameEn: "Zz", acronym: `thx${RUN}` })).map((p) => p.id)).toEqual([tsinghua]);
    expect(await findSimilarPartners(staff, { nameEn: "Zz", nameNative: "北京" + RUN })).toEqual([]);
  });

  it("finds a partner one of whose other names is the typed name, in any case", async () => {
    expect((await findSimilarPartners(staff, { nameEn: `kestrelhaven   academy ${RUN}` })).map((p) => p.id)).toEqual([tokyo]);
    // First, as the same name; this run's other Chinese names share its random part, so they may follow.
    expect((await findSimilarPartners(staff, { nameEn: "Something else entirely", nameNative: `弗雷林顿${RUN}大学` }))[0]).toMatchObject({ id: tokyo, score: 1 });
    expect((await findSimilarPartners(staff, { nameEn: "Something else entirely", nameNative: `弗雷林頓${RUN}大學` }))[0]).toMatchObject({ id: tokyo, score: 1 });
  });

  it("holds back a create that looks like a duplicate until staff confirm", async () => {
    const input = form({ nameEn: `Tsinghua Xylo University ${RUN}`, country: "CN" });
    const held = await createPartner(staff, input);
    expect(held.id).toBeUndefined();
    expect(held.similar?.map((p) => p.id)).toEqual([tsinghua]);
    expect(await db().partner.count({ where: { nameEn: input.nameEn, deletedAt: null } })).toBe(1);
    const made = await createPartner(staff, input, { confirmSimilar: true });
    expect(made.id).toBeDefined();
    expect(await db().partner.count({ where: { nameEn: input.nameEn, deletedAt: null } })).toBe(2);
  });
});

describe("updatePartner", () => {
  it("saves changed fields, bumps the version and audits before/after", async () => {
    const { id } = await createPartner(staff, form({ nameEn: `Update Me ${RUN}` }), { confirmSimilar: true });
    await updatePartner(staff, id ?? "", form({ nameEn: `Updated ${RUN}`, city: "Bonn", tags: "a, b" }), 1);
    const partner = await getPartner(staff, id ?? "");
    expect(partner).toMatchObject({ nameEn: `Updated ${RUN}`, city: "Bonn", tags: ["a", "b"], version: 2 });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "UPDATE" } });
    expect(audit.changes).toEqual({ nameEn: [`Update Me ${RUN}`, `Updated ${RUN}`], city: [null, "Bonn"], tags: [[], ["a", "b"]] });
  });

  it("refuses a save from a form opened before someone else's save, and keeps the other save", async () => {
    const { id = "" } = await createPartner(staff, form({ nameEn: `Contested ${RUN}` }), { confirmSimilar: true });
    await updatePartner(admin, id, form({ nameEn: `Contested ${RUN}`, city: "First" }), 1);
    const error = await updatePartner(staff, id, form({ nameEn: `Contested ${RUN}`, city: "Second", tags: "x" }), 1).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConflictError);
    // Who saved, and the saved values that differ from what this user typed.
    expect((error as ConflictError).conflict).toMatchObject({ version: 2, savedBy: admin.name, saved: { city: "First", tags: "" } });
    expect((await getPartner(staff, id)).city).toBe("First");
    // Saving again with the version the refusal gave is deliberate, and goes through.
    await updatePartner(staff, id, form({ nameEn: `Contested ${RUN}`, city: "Second" }), 2);
    expect((await getPartner(staff, id)).city).toBe("Second");
  });

  it("refuses bad input with the field's message key and changes nothing", async () => {
    const { id = "" } = await createPartner(staff, form({ nameEn: `Keep Me ${RUN}` }), { confirmSimilar: true });
    expect(await refusal(updatePartner(staff, id, form({ nameEn: "" }), 1))).toEqual({ code: "INVALID", field: "nameEn", key: "required" });
    expect((await getPartner(staff, id)).nameEn).toBe(`Keep Me ${RUN}`);
  });
});

describe("soft delete and restore", () => {
  const TAG = `del-${RUN}`;

  it("takes a partner out of the list, search, facets and counts, and restores it", async () => {
    const country = "MN";
    const { id = "" } = await createPartner(staff, form({ nameEn: `Vanishing Institute ${RUN}`, country, tags: TAG }), { confirmSimilar: true });
    const visible = async () => ({
      listed: (await listPartners(staff, parsePartnerListParams({ tag: TAG }), "en")).total,
      found: (await listPartners(staff, parsePartnerListParams({ q: `Vanishing Institute ${RUN}` }), "en")).total,
      tag: (await listPartnerFacets(staff)).tags.includes(TAG),
    });
    expect(await visible()).toEqual({ listed: 1, found: 1, tag: true });

    await deletePartner(admin, id);
    expect(await visible()).toEqual({ listed: 0, found: 0, tag: false });
    expect(await refusal(getPartner(staff, id))).toMatchObject({ code: "NOT_FOUND" });
    expect((await listDeletedPartners(admin)).rows.map((row) => row.id)).toContain(id);

    await restorePartner(admin, id);
    expect(await visible()).toEqual({ listed: 1, found: 1, tag: true });
    const actions = await db().auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["CREATE", "DELETE", "RESTORE"]);
  });

  it("leaves the dashboard's figures when deleted and comes back when restored", async () => {
    // Bouvet Island: no other test file has a partner there, so the count of countries moves
    // only with this partner, whatever runs at the same time.
    const countries = async () => (await getDashboardSummary(staff)).countries;
    const before = await countries();
    const { id = "" } = await createPartner(staff, form({ nameEn: `Bouvet Station ${RUN}`, country: "BV" }), { confirmSimilar: true });
    expect(await countries()).toBe(before + 1);
    await deletePartner(admin, id);
    expect(await countries()).toBe(before);
    await restorePartner(admin, id);
    expect(await countries()).toBe(before + 1);
    await deletePartner(admin, id);
  });

  it("refuses to delete a partner named by a live agreement", async () => {
    const partner = await seedPartner(db(), { nameEn: `Bound ${RUN}` });
    await createAgreement(db(), { partnerIds: [partner.id], status: "ACTIVE" });
    expect(await refusal(deletePartner(admin, partner.id))).toEqual({ code: "CONFLICT", field: "_form", key: "hasAgreements" });
    expect((await getPartner(staff, partner.id)).id).toBe(partner.id);
  });

  it("lets only admins delete, see the deleted list and restore", async () => {
    const { id = "" } = await createPartner(staff, form({ nameEn: `Staff-kept Institute ${RUN}` }), { confirmSimilar: true });
    await expect(deletePartner(staff, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getPartner(staff, id)).id).toBe(id);
    await expect(listDeletedPartners(staff)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const partner = await seedPartner(db(), { nameEn: `Gone ${RUN}`, deletedAt: new Date() });
    await expect(restorePartner(staff, partner.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("pages through every deleted partner, newest first, each once", async () => {
    // Deleted a second apart in the far future, so they come first whatever else is deleted.
    const base = Date.UTC(2095, 0, 1);
    const ids: string[] = [];
    for (let i = 0; i < 55; i++) ids.push((await seedPartner(db(), { nameEn: `Paged Gone ${RUN} ${i}`, deletedAt: new Date(base + i * 1000) })).id);
    const first = await listDeletedPartners(admin);
    expect(first.rows.slice(0, 50).map((row) => row.id)).toEqual(ids.slice(5).reverse());
    expect(first.nextCursor).not.toBeNull();
    const second = await listDeletedPartners(admin, first.nextCursor ?? undefined);
    expect(second.rows.slice(0, 5).map((row) => row.id)).toEqual(ids.slice(0, 5).reverse());
    expect(second.total).toBe(first.total);
  });
});

describe("contacts", () => {
  it("adds, edits and removes a contact, each audited; a stale edit is refused", async () => {
    const partner = await seedPartner(db(), { nameEn: `With Contacts ${RUN}` });
    const { id } = await createPartnerContact(staff, partner.id, { name: "Li Wei", position: "Director", email: "LI.WEI@Example.org", phone: "+86 10 6278 5001" });
    expect(await listPartnerContacts(staff, partner.id)).toEqual([
      expect.objectContaining({ name: "Li Wei", email: "li.wei@example.org", version: 1 }),
    ]);
    await updatePartnerContact(staff, id, { name: "Li Wei", position: "Dean", email: "li.wei@example.org" }, 1);
    const stale = await updatePartnerContact(admin, id, { name: "Someone" }, 1).catch((thrown: unknown) => thrown);
    expect((stale as ConflictError).conflict).toMatchObject({ version: 2, savedBy: staff.name, saved: { name: "Li Wei", position: "Dean", email: "li.wei@example.org" } });
    expect(await refusal(createPartnerContact(staff, partner.id, { name: "", email: "nope" }))).toEqual({ code: "INVALID", field: "name", key: "required" });
    expect(await refusal(createPartnerContact(staff, partner.id, { name: "X", email: "nope" }))).toEqual({ code: "INVALID", field: "email", key: "email" });
    await removePartnerContact(staff, id);
    expect(await listPartnerContacts(staff, partner.id)).toEqual([]);
    const actions = await db().auditEvent.findMany({ where: { entityType: "PartnerContact", entityId: id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
  });

  it("shows each contact's changes, removed contacts' too, in the partner's history and no other's", async () => {
    const partner = await seedPartner(db(), { nameEn: `History ${RUN}` });
    const other = await seedPartner(db(), { nameEn: `Other History ${RUN}` });
    const { id } = await createPartnerContact(staff, partner.id, { name: "Chen Jing" });
    await updatePartnerContact(staff, id, { name: "Chen Jing", position: "Registrar" }, 1);
    await removePartnerContact(staff, id);
    await createPartnerContact(staff, other.id, { name: "Someone Else" });
    const history = await listEntityHistory(staff, "Partner", partner.id);
    expect(history.map((event) => [event.entityType, event.action])).toEqual([
      ["PartnerContact", "DELETE"],
      ["PartnerContact", "UPDATE"],
      ["PartnerContact", "CREATE"],
    ]);
    // Which partner is plain here: the contact's partnerId is left out.
    expect(history.at(-1)?.changes).toEqual({ name: [null, "Chen Jing"] });
  });

  it("does not reach contacts of a deleted partner", async () => {
    const partner = await seedPartner(db(), { nameEn: `Deleted With Contact ${RUN}`, deletedAt: new Date() });
    const contact = await seedContact(db(), partner.id);
    expect(await refusal(createPartnerContact(staff, partner.id, { name: "New" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(removePartnerContact(staff, contact.id))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("getPartnerLinks", () => {
  it("lists live agreements with the status they show today and counts the rest", async () => {
    const partner = await seedPartner(db(), { nameEn: `Linked ${RUN}` });
    await createAgreement(db(), { partnerIds: [partner.id], status: "ACTIVE", title: `Exchange ${RUN}` });
    await createAgreement(db(), { partnerIds: [partner.id], status: "ACTIVE", title: `Ran out ${RUN}`, expiresOn: new Date("2020-08-31") });
    await createAgreement(db(), { partnerIds: [partner.id], status: "ACTIVE", title: `Ended ${RUN}`, terminatesOn: new Date("2021-01-31") });
    await createAgreement(db(), { partnerIds: [partner.id], status: "DRAFT", deletedAt: new Date() });
    const links = await getPartnerLinks(staff, partner.id);
    expect(links.agreements.total).toBe(3);
    expect(Object.fromEntries(links.agreements.rows.map((row) => [row.title, row.status]))).toEqual({
      [`Exchange ${RUN}`]: "ACTIVE",
      [`Ran out ${RUN}`]: "EXPIRED",
      [`Ended ${RUN}`]: "TERMINATED",
    });
    expect(links.exchanges).toEqual({ total: 0, outbound: 0, inbound: 0 });
    expect(links.visits.total + links.experts.total + links.programmes.total).toBe(0);
  });
});
