import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { AuditAction, Role } from "@/lib/generated/prisma/enums";
import { createDemoUser } from "@/lib/seed/users";
import {
  getAuditRecord,
  getUserOption,
  listActionsBy,
  listAuditEntityTypes,
  listAuditEvents,
  listEntityHistory,
  searchUserOptions,
} from "./audit-log";
import type { Actor } from "./current-user";

// Other files write audit rows into the same database at the same time, so every query
// here is narrowed to an entity type made up for the test. (That the table refuses UPDATE
// and DELETE is proven in lib/migrations/drift.db.test.ts.)

async function userWith(role: Role, name?: string): Promise<Actor> {
  return { ...(await createDemoUser(db(), { email: `audit-${crypto.randomUUID()}@example.edu`, role, name })), locale: null };
}

const entityType = () => `T${crypto.randomUUID().slice(0, 12)}`;
const MINUTE = 60_000;

/** Writes `count` events one minute apart from `start` (oldest first); returns their ids newest first. */
async function writeEvents(type: string, count: number, options: { start?: Date; actorId?: string; action?: AuditAction; entityId?: string } = {}) {
  const start = options.start ?? new Date("2091-03-01T08:00:00.000Z");
  await db().auditEvent.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      at: new Date(start.getTime() + i * MINUTE),
      entityType: type,
      entityId: options.entityId ?? `e${i}`,
      action: options.action ?? "UPDATE",
      actorId: options.actorId ?? null,
      changes: { n: [i, i + 1] },
    })),
  });
  const rows = await db().auditEvent.findMany({ where: { entityType: type }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true } });
  return rows.map((row) => row.id.toString());
}

let admin: Actor;
beforeAll(async () => {
  admin = await userWith("ADMIN");
});

describe("who may read the audit trail", () => {
  it("only admins read the log, the type list and the user options", async () => {
    const staff = await userWith("STAFF");
    const student = await userWith("STUDENT");
    const calls = [
      (a: Actor | null) => listAuditEvents(a, {}),
      (a: Actor | null) => listAuditEntityTypes(a),
      (a: Actor | null) => searchUserOptions(a, ""),
      (a: Actor | null) => getUserOption(a, admin.id),
      (a: Actor | null) => listActionsBy(a, admin.id),
    ];
    for (const call of calls) {
      await expect(call(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      await expect(call(student)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(call(staff)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("staff read the history of domain records but not of users; students of nothing", async () => {
    const staff = await userWith("STAFF");
    const student = await userWith("STUDENT");
    const partnerId = crypto.randomUUID();
    await db().auditEvent.create({ data: { entityType: "Partner", entityId: partnerId, action: "CREATE", actorId: staff.id } });
    expect(await listEntityHistory(staff, "Partner", partnerId)).toEqual([
      expect.objectContaining({ action: "CREATE", actor: { id: staff.id, name: staff.name, email: staff.email } }),
    ]);
    await expect(listEntityHistory(staff, "User", admin.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listEntityHistory(staff, "Setting", "x")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listEntityHistory(student, "Partner", partnerId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listEntityHistory(null, "Partner", partnerId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await listEntityHistory(admin, "Partner", partnerId)).toHaveLength(1);
  });
});

describe("listAuditEvents", () => {
  it("pages newest first: first page, middle, last page, and back", async () => {
    const type = entityType();
    const ids = await writeEvents(type, 7);
    const page1 = await listAuditEvents(admin, { entityType: type }, {}, 3);
    expect(page1.rows.map((r) => r.id)).toEqual(ids.slice(0, 3));
    expect(page1.previousCursor).toBeNull();
    const page2 = await listAuditEvents(admin, { entityType: type }, { after: page1.nextCursor ?? "" }, 3);
    expect(page2.rows.map((r) => r.id)).toEqual(ids.slice(3, 6));
    const page3 = await listAuditEvents(admin, { entityType: type }, { after: page2.nextCursor ?? "" }, 3);
    expect(page3.rows.map((r) => r.id)).toEqual(ids.slice(6));
    expect(page3.nextCursor).toBeNull();
    const back = await listAuditEvents(admin, { entityType: type }, { before: page3.previousCursor ?? "" }, 3);
    expect(back.rows.map((r) => r.id)).toEqual(ids.slice(3, 6));
    const start = await listAuditEvents(admin, { entityType: type }, { before: back.previousCursor ?? "" }, 3);
    expect(start.rows.map((r) => r.id)).toEqual(ids.slice(0, 3));
    expect(start.previousCursor).toBeNull();
  });

  it("offers no next page when the rows fill exactly one or two pages", async () => {
    const type = entityType();
    const ids = await writeEvents(type, 6);
    const one = await listAuditEvents(admin, { entityType: type }, {}, 6);
    expect([one.rows.length, one.nextCursor, one.previousCursor]).toEqual([6, null, null]);
    const first = await listAuditEvents(admin, { entityType: type }, {}, 3);
    const second = await listAuditEvents(admin, { entityType: type }, { after: first.nextCursor ?? "" }, 3);
    expect(second.rows.map((r) => r.id)).toEqual(ids.slice(3));
    expect(second.nextCursor).toBeNull();
  });

  it("is empty, without links, when nothing matches", async () => {
    expect(await listAuditEvents(admin, { entityType: entityType() }, {}, 3)).toEqual({ rows: [], nextCursor: null, previousCursor: null });
  });

  it("orders events of the same instant by id and pages through them without loss", async () => {
    const type = entityType();
    const at = new Date("2091-05-05T05:05:05.000Z");
    await db().auditEvent.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ at, entityType: type, entityId: `same${i}`, action: "UPDATE" as const })) });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listAuditEvents>> = await listAuditEvents(admin, { entityType: type }, cursor ? { after: cursor } : {}, 2);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect([...seen].sort((a, b) => Number(BigInt(b) - BigInt(a)))).toEqual(seen);
  });

  it("filters by user, action, entity id and an inclusive date range", async () => {
    const type = entityType();
    const someone = await userWith("STAFF");
    await writeEvents(type, 3, { start: new Date("2091-01-10T23:59:00.000Z"), actorId: someone.id, action: "CREATE", entityId: "x1" });
    await writeEvents(type, 2, { start: new Date("2091-01-12T00:00:00.000Z"), action: "DELETE", entityId: "x2" });

    const count = async (filters: Parameters<typeof listAuditEvents>[1]) => (await listAuditEvents(admin, { entityType: type, ...filters })).rows.length;
    expect(await count({})).toBe(5);
    expect(await count({ actorId: someone.id })).toBe(3);
    expect(await count({ actorId: "not-a-uuid" })).toBe(0);
    expect(await count({ action: "DELETE" })).toBe(2);
    expect(await count({ entityId: "x1" })).toBe(3);
    // 23:59 on the 10th is in "the 10th"; 00:00 and 00:01 on the 11th are not.
    expect(await count({ from: "2091-01-10", to: "2091-01-10" })).toBe(1);
    expect(await count({ from: "2091-01-11" })).toBe(4);
    expect(await count({ to: "2091-01-11" })).toBe(3);
    expect(await count({ from: "not a date" })).toBe(5);
    expect(await count({ from: "2091-02-30" })).toBe(5);

    const [newest] = (await listAuditEvents(admin, { entityType: type, actorId: someone.id })).rows;
    expect(newest).toMatchObject({ action: "CREATE", entityType: type, entityId: "x1", actor: { id: someone.id, name: someone.name }, changes: { n: [2, 3] } });
  });

  it("shows changes of other shapes as values after the event", async () => {
    const type = entityType();
    await db().auditEvent.create({ data: { entityType: type, action: "SIGN_IN_FAILED", changes: { email: "who@example.edu" } } });
    const [row] = (await listAuditEvents(admin, { entityType: type })).rows;
    expect(row?.changes).toEqual({ email: [null, "who@example.edu"] });
  });
});

describe("helpers of the audit screens", () => {
  it("lists the entity types present, each once", async () => {
    const type = entityType();
    await writeEvents(type, 3);
    const types = await listAuditEntityTypes(admin);
    expect(types.filter((t) => t === type)).toEqual([type]);
    expect(types).toEqual([...types].sort());
  });

  it("finds users by name or email for the user filter, and a chosen one by id", async () => {
    const unique = crypto.randomUUID().slice(0, 8);
    const person = await userWith("STUDENT", `Filter ${unique}`);
    expect(await searchUserOptions(admin, unique.toUpperCase())).toEqual([{ id: person.id, name: person.name, email: person.email }]);
    expect(await searchUserOptions(admin, person.email)).toHaveLength(1);
    expect(await getUserOption(admin, person.id)).toMatchObject({ id: person.id });
    expect(await getUserOption(admin, "x")).toBeNull();
  });

  it("lists a user's own actions, newest first", async () => {
    const type = entityType();
    const someone = await userWith("STAFF");
    await writeEvents(type, 12, { actorId: someone.id });
    const actions = await listActionsBy(admin, someone.id);
    expect(actions).toHaveLength(10);
    expect(actions[0]?.entityId).toBe("e11");
  });
});

describe("the records events are about, by name", () => {
  const unique = () => crypto.randomUUID().slice(0, 8);

  it("names users, partners, agreements and contacts on the page, and the records their changes mention", async () => {
    const someone = await userWith("STAFF", `Named ${unique()}`);
    const person = await userWith("STUDENT", `Aiko ${unique()}`);
    const partner = await db().partner.create({ data: { nameEn: `Named University ${unique()}`, kind: "UNIVERSITY", country: "DE" } });
    const gone = await db().partner.create({ data: { nameEn: `Deleted College ${unique()}`, kind: "UNIVERSITY", country: "FR", deletedAt: new Date() } });
    const agreement = await db().agreement.create({ data: { referenceNumber: `REF-${unique()}`, title: "Student exchange with the named", kind: "STUDENT_EXCHANGE" } });
    const contact = await db().partnerContact.create({ data: { partnerId: partner.id, name: `Contact ${unique()}` } });
    const faculty = await db().faculty.create({ data: { code: `F${unique()}`.slice(0, 16), nameEn: "Faculty of Names", nameZh: "名称学院" } });
    const nobody = crypto.randomUUID();
    const at = (minute: number) => new Date(Date.UTC(2092, 0, 1, 8, minute));
    await db().auditEvent.createMany({
      data: [
        { at: at(0), actorId: someone.id, action: "SIGN_IN", entityType: "User", entityId: person.id, changes: { method: "password" } },
        { at: at(1), actorId: someone.id, action: "UPDATE", entityType: "Partner", entityId: partner.id, changes: { city: ["Munich", "Garching"] } },
        { at: at(2), actorId: someone.id, action: "DELETE", entityType: "Partner", entityId: gone.id, changes: { deletedAt: [null, "2092-01-01T08:02:00.000Z"] } },
        {
          at: at(3), actorId: someone.id, action: "CREATE", entityType: "Agreement", entityId: agreement.id,
          changes: { partners: [null, [partner.id, gone.id]], ownerId: [null, someone.id], faculties: [null, [faculty.id]], supersedesId: [null, nobody] },
        },
        { at: at(4), actorId: someone.id, action: "UPDATE", entityType: "PartnerContact", entityId: contact.id, changes: { phone: [null, "+49 89"] } },
        { at: at(5), actorId: someone.id, action: "DELETE", entityType: "Partner", entityId: nobody },
        { at: at(6), actorId: someone.id, action: "ACCESS_DENIED", entityType: "Page", entityId: "/admin/users" },
        { at: at(7), actorId: someone.id, action: "EXPORT", entityType: "Agreement", changes: { filters: { partner: partner.id, status: "ACTIVE" } } },
      ],
    });

    const rows = (await listAuditEvents(admin, { actorId: someone.id })).rows.reverse();
    expect(rows.map((row) => row.record)).toEqual([
      { name: person.name, detail: person.email, isDeleted: false, page: { type: "User", id: person.id } },
      { name: partner.nameEn, detail: null, isDeleted: false, page: { type: "Partner", id: partner.id } },
      // Deleted, but the row is there: still named, no page to open.
      { name: gone.nameEn, detail: null, isDeleted: true, page: null },
      { name: agreement.referenceNumber, detail: agreement.title, isDeleted: false, page: { type: "Agreement", id: agreement.id } },
      // A contact is shown on its partner's page.
      { name: contact.name, detail: partner.nameEn, isDeleted: false, page: { type: "Partner", id: partner.id } },
      // Unknown ids, and what is no record of ours, are not named: the page falls back.
      null,
      null,
      null,
    ]);
    expect(rows[3]?.names).toEqual({
      [partner.id]: { name: partner.nameEn },
      [gone.id]: { name: gone.nameEn },
      [someone.id]: { name: someone.name },
      [faculty.id]: { name: "Faculty of Names", nameZh: "名称学院" },
    });
    expect(rows[7]?.names).toEqual({ [partner.id]: { name: partner.nameEn } });
    expect(rows[0]?.names).toEqual({});
    // The user's page lists their actions the same way.
    const own = (await listActionsBy(admin, someone.id)).reverse();
    expect(own.map((row) => row.record?.name ?? null)).toEqual(rows.map((row) => row.record?.name ?? null));
  });

  it("looks each kind up once for the whole page, however many rows name it", async () => {
    const someone = await userWith("STAFF");
    const partners = await db().partner.createManyAndReturn({
      data: Array.from({ length: 12 }, (_, i) => ({ nameEn: `Paged Name ${i} ${unique()}`, kind: "UNIVERSITY" as const, country: "JP" })),
      select: { id: true, nameEn: true },
    });
    await db().auditEvent.createMany({
      data: partners.map((partner, i) => ({
        at: new Date(Date.UTC(2093, 0, 1, 0, i)), actorId: someone.id, action: "UPDATE" as const, entityType: "Partner", entityId: partner.id,
        changes: { partnerId: [null, partners[(i + 1) % partners.length]?.id ?? null] },
      })),
    });
    const partnerQueries = vi.spyOn(db().partner, "findMany");
    const userQueries = vi.spyOn(db().user, "findMany");
    try {
      const { rows } = await listAuditEvents(admin, { actorId: someone.id });
      expect(rows.map((row) => row.record?.name).sort()).toEqual(partners.map((partner) => partner.nameEn).sort());
      expect(partnerQueries).toHaveBeenCalledTimes(1);
      expect(userQueries).not.toHaveBeenCalled();
    } finally {
      partnerQueries.mockRestore();
      userQueries.mockRestore();
    }
  });

  it("names one record for the filter's notice, and only for admins", async () => {
    const partner = await db().partner.create({ data: { nameEn: `Notice University ${unique()}`, kind: "UNIVERSITY", country: "IT" } });
    expect(await getAuditRecord(admin, "Partner", partner.id)).toMatchObject({ name: partner.nameEn });
    expect(await getAuditRecord(admin, "Partner", crypto.randomUUID())).toBeNull();
    expect(await getAuditRecord(admin, "Page", "/partners")).toBeNull();
    await expect(getAuditRecord(await userWith("STAFF"), "Partner", partner.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("names the records a history's changes mention, and reads mixed shapes as pairs where they are", async () => {
    const partner = await db().partner.create({ data: { nameEn: `History University ${unique()}`, kind: "UNIVERSITY", country: "ES" } });
    const agreementId = crypto.randomUUID();
    await db().auditEvent.create({ data: { entityType: "Agreement", entityId: agreementId, action: "UPDATE", changes: { partners: [[], [partner.id]] } } });
    const [event] = await listEntityHistory(admin, "Agreement", agreementId);
    expect(event?.names).toEqual({ [partner.id]: { name: partner.nameEn } });

    const type = entityType();
    await db().auditEvent.create({ data: { entityType: type, action: "UPDATE", changes: { twoFactor: [true, false], confirmedWith: "code", constructor: [null, "x"] } } });
    const [row] = (await listAuditEvents(admin, { entityType: type })).rows;
    expect(row?.changes).toEqual({ twoFactor: [true, false], confirmedWith: [null, "code"], constructor: [null, "x"] });
    expect(row?.names).toEqual({});
  });
});
