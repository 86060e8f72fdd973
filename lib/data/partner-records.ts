import "server-only";
import { shownStatusSql, todayOf } from "@/lib/agreements/status";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/ids";
import { scriptVariants } from "@/lib/lists/chinese-scripts";
import { containsWord } from "@/lib/lists/text-search";
import { readDeletedPage, type DeletedPage } from "@/lib/lists/deleted-page";
import {
  checkInput,
  contactInputSchema,
  partnerInputSchema,
  type ContactFormInput,
  type PartnerFormInput,
  type PartnerInput,
} from "@/lib/partners/partner-input";
import { assertRole, OFFICE_ROLES } from "./access";
import { changedFields, createdFields, recordAudit } from "./audit";
import { assertUnchangedSince } from "./conflict";
import type { Actor } from "./current-user";
import { AppError } from "./errors";

// One partner's record (/partners/new, /partners/[id], /partners/[id]/edit): its fields,
// contacts, what links to it, "did you mean…" on create, and soft delete / restore.
// Office roles read and write; restoring and the deleted list are for admins (DESIGN.md).

const ADMIN_ONLY = ["ADMIN"] as const;

type Tx = Prisma.TransactionClient;

const partnerSelect = {
  id: true,
  nameEn: true,
  nameNative: true,
  otherNames: true,
  acronym: true,
  kind: true,
  country: true,
  city: true,
  website: true,
  rorId: true,
  erasmusCode: true,
  status: true,
  tags: true,
  notes: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.PartnerSelect;

export type PartnerRecord = Prisma.PartnerGetPayload<{ select: typeof partnerSelect }>;

/** The fields a form edits, as the record holds them now (also what a conflict compares). */
export type PartnerFields = Omit<PartnerRecord, "id" | "version" | "createdAt" | "updatedAt">;

function invalid(errors: Record<string, string>): AppError {
  const [name, messageKey] = Object.entries(errors)[0] ?? ["_form", "invalid"];
  return new AppError("INVALID", `invalid ${name}`, { name, messageKey });
}

function checked<T>(result: { ok: true; data: T } | { ok: false; errors: Record<string, string> }): T {
  if (!result.ok) throw invalid(result.errors);
  return result.data;
}

/** A live partner, for its page and its edit form. NOT_FOUND for unknown or deleted ids. */
export async function getPartner(actor: Actor | null, id: string): Promise<PartnerRecord> {
  assertRole(actor, OFFICE_ROLES);
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const partner = await db().partner.findFirst({ where: { id, deletedAt: null }, select: partnerSelect });
  if (!partner) throw new AppError("NOT_FOUND");
  return partner;
}

// ---------- did you mean… ----------

export type SimilarPartner = {
  id: string;
  nameEn: string;
  nameNative: string | null;
  acronym: string | null;
  country: string;
  city: string | null;
  score: number;
};

/** How close two names must be, after the words every institution shares are set aside. */
export const SIMILARITY_THRESHOLD = 0.5;

/**
 * A name without the words half the world's institutions share ("University of", "大学"…),
 * so "University of Tokyo" and "University of Kyoto" are not taken for one another.
 */
function distinctive(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`btrim(regexp_replace(regexp_replace(lower(${expression}),
    '\\m(university|universit[äa]t|universit[ée]|universidad|universit[àa]|universiteit|college|institute|institut|of|the|and|for|de|di|la|le|du|der|des|school|academy|technology|technical|sciences?|national|state|research|centre|center|gmbh|inc|ltd|co|ag|sa)\\M',
    ' ', 'g'), '大学|學院|学院|大學|研究院|研究所|研究生院|有限公司|公司|国立|[[:punct:][:space:]]+', ' ', 'g'))`;
}

/**
 * Live partners whose English name, native-script name or acronym is very close to the
 * given ones, or one of whose other names is a given name, closest first. The trigram indexes
 * find candidates (the typed name's distinctive words within a name, <%; a native name close
 * to the typed one, % and <%; the same acronym; the typed name within the search text, which
 * holds the other names); the score then compares the names' distinctive words, and an other
 * name that is a typed one counts as the same name.
 */
export async function findSimilarPartners(
  actor: Actor | null,
  names: { nameEn: string; nameNative?: string | null; acronym?: string | null },
  exceptId?: string,
): Promise<SimilarPartner[]> {
  assertRole(actor, OFFICE_ROLES);
  const nameEn = names.nameEn.trim();
  const nameNative = names.nameNative?.trim() || null;
  const acronym = names.acronym?.trim() || null;
  if (!nameEn && !nameNative && !acronym) return [];
  const except = exceptId && isUuid(exceptId) ? Prisma.sql`AND p.id <> ${exceptId}::uuid` : Prisma.empty;
  const typedEn = distinctive(Prisma.sql`${nameEn}::text`);
  const typedNative = distinctive(Prisma.sql`${nameNative}::text`);
  const storedNative = distinctive(Prisma.sql`p."nameNative"`);
  // Other names are stored tidied (otherNamesOf): the typed names are compared the same way, in either Chinese script.
  const typedNames = [nameEn, nameNative].filter((name): name is string => Boolean(name)).map((name) => name.replace(/\s+/g, " "));
  const spellings = [...new Set(typedNames.flatMap(scriptVariants))];
  const searchText = Prisma.sql`partner_search_text(p."nameEn", p."nameNative", p."otherNames", p.acronym, p.city)`;
  const withinOtherNames = Prisma.join(typedNames.map((name) => containsWord(searchText, name)), " OR ");
  const isOtherName = typedNames.length > 0
    ? Prisma.sql`string_to_array(lower(p."otherNames"), E'\n') && ARRAY[${Prisma.join(spellings.map((name) => Prisma.sql`lower(${name})`))}]`
    : Prisma.sql`false`;
  return db().$transaction(async (tx) => {
    // The trigram indexes find the few candidates in milliseconds, but at 20,000 partners the
    // planner still prices a scan lower, and a scan that scores every name takes 100+ ms.
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    return tx.$queryRaw<SimilarPartner[]>`
      SELECT id, "nameEn", "nameNative", acronym, country, city, score FROM (
        SELECT p.id, p."nameEn", p."nameNative", p.acronym, p.country, p.city,
          GREATEST(
            similarity(${distinctive(Prisma.sql`p."nameEn"`)}, ${typedEn}),
            COALESCE(word_similarity(${typedNative}, ${storedNative}), 0),
            COALESCE(word_similarity(${storedNative}, ${typedNative}), 0),
            CASE WHEN ${acronym}::text IS NOT NULL AND lower(p.acronym) = lower(${acronym}::text) THEN 1 ELSE 0 END,
            CASE WHEN ${isOtherName} THEN 1 ELSE 0 END
          )::float8 AS score
        FROM "Partner" p
        WHERE p."deletedAt" IS NULL ${except}
          AND (${typedEn} <% p."nameEn" OR ${nameNative}::text <% p."nameNative" OR p."nameNative" % ${nameNative}::text
            OR p.acronym ILIKE ${acronym?.replace(/[\\%_]/g, "\\$&") ?? null}::text
            ${typedNames.length > 0 ? Prisma.sql`OR (${isOtherName} AND (${withinOtherNames}))` : Prisma.empty})
      ) candidates
      WHERE score >= ${SIMILARITY_THRESHOLD}
      ORDER BY score DESC, "nameEn", id
      LIMIT 5`;
  });
}

// ---------- create, update ----------

function auditFields(input: PartnerInput): PartnerFields {
  return { ...input, tags: [...input.tags] };
}

/**
 * Creates a partner. Unless `confirmSimilar`, a partner whose name is very close to a live
 * one is not created: the close ones come back, and staff decide (open one, or go on).
 */
export async function createPartner(
  actor: Actor | null,
  raw: PartnerFormInput,
  options: { confirmSimilar?: boolean } = {},
): Promise<{ id: string; similar?: undefined } | { id?: undefined; similar: SimilarPartner[] }> {
  const staff = assertRole(actor, OFFICE_ROLES);
  const input = checked(checkInput(partnerInputSchema, raw));
  if (!options.confirmSimilar) {
    const similar = await findSimilarPartners(actor, input);
    if (similar.length > 0) return { similar };
  }
  return db().$transaction(async (tx) => {
    const partner = await tx.partner.create({ data: { ...input, createdById: staff.id }, select: { id: true } });
    const changes = createdFields(auditFields(input));
    await recordAudit(tx, { actorId: staff.id, action: "CREATE", entityType: "Partner", entityId: partner.id, changes });
    return { id: partner.id };
  });
}

async function lockPartner(tx: Tx, id: string): Promise<PartnerRecord & { deletedAt: Date | null }> {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  await tx.$queryRaw`SELECT id FROM "Partner" WHERE id = ${id}::uuid FOR UPDATE`;
  const partner = await tx.partner.findUnique({ where: { id }, select: { ...partnerSelect, deletedAt: true } });
  if (!partner) throw new AppError("NOT_FOUND");
  return partner;
}

/**
 * Saves a partner's fields. A form opened before someone else's save is refused
 * (ConflictError: who saved, when, and the saved values that differ from the typed ones).
 */
export async function updatePartner(actor: Actor | null, id: string, raw: PartnerFormInput, version: number): Promise<void> {
  const staff = assertRole(actor, OFFICE_ROLES);
  const input = checked(checkInput(partnerInputSchema, raw));
  await db().$transaction(async (tx) => {
    const { id: _id, version: current, createdAt: _c, updatedAt: _u, deletedAt, ...before } = await lockPartner(tx, id);
    if (deletedAt) throw new AppError("NOT_FOUND");
    const after = auditFields(input);
    await assertUnchangedSince(tx, { entityType: "Partner", id, saved: { ...before, version: current } }, version, after);
    const changes = changedFields(before, after);
    if (Object.keys(changes).length === 0) return;
    await tx.partner.update({ where: { id }, data: { ...input, version: { increment: 1 } } });
    await recordAudit(tx, { actorId: staff.id, action: "UPDATE", entityType: "Partner", entityId: id, changes });
  });
}

// ---------- delete, restore ----------

/** Agreements that still count: not deleted, whatever their status. */
async function liveAgreementCount(tx: Tx, partnerId: string): Promise<number> {
  return tx.agreementPartner.count({ where: { partnerId, agreement: { deletedAt: null } } });
}

/**
 * Soft-deletes a partner, an admin's call (DESIGN.md: admins delete and restore): it leaves
 * lists, search, facets and counts; admins can restore it.
 * Refused while an agreement that is not deleted names the partner (CONFLICT
 * "hasAgreements"): the agreement would point at a partner nobody can see.
 */
export async function deletePartner(actor: Actor | null, id: string, now = new Date()): Promise<void> {
  const admin = assertRole(actor, ADMIN_ONLY);
  await db().$transaction(async (tx) => {
    const before = await lockPartner(tx, id);
    if (before.deletedAt) throw new AppError("NOT_FOUND");
    if ((await liveAgreementCount(tx, id)) > 0) {
      throw new AppError("CONFLICT", "partner has agreements", { name: "_form", messageKey: "hasAgreements" });
    }
    await tx.partner.update({ where: { id }, data: { deletedAt: now, version: { increment: 1 } } });
    await recordAudit(tx, { actorId: admin.id, action: "DELETE", entityType: "Partner", entityId: id, changes: { deletedAt: [null, now.toISOString()] } });
  });
}

/** Brings a deleted partner back (admins). */
export async function restorePartner(actor: Actor | null, id: string): Promise<void> {
  const admin = assertRole(actor, ADMIN_ONLY);
  await db().$transaction(async (tx) => {
    const before = await lockPartner(tx, id);
    if (!before.deletedAt) return;
    await tx.partner.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "RESTORE",
      entityType: "Partner",
      entityId: id,
      changes: { deletedAt: [before.deletedAt.toISOString(), null] },
    });
  });
}

export type DeletedPartner = { id: string; nameEn: string; nameNative: string | null; country: string; deletedAt: Date };

/** The admin's "Deleted" view: most recently deleted first, keyset pages of 50. */
export async function listDeletedPartners(actor: Actor | null, after?: string): Promise<DeletedPage<DeletedPartner>> {
  assertRole(actor, ADMIN_ONLY);
  return readDeletedPage(
    after,
    (before, limit) => db().$queryRaw<DeletedPartner[]>`
      SELECT id, "nameEn", "nameNative", country, "deletedAt" FROM "Partner"
      WHERE "deletedAt" IS NOT NULL AND ${before} ORDER BY "deletedAt" DESC, id DESC LIMIT ${limit}`,
    () => db().partner.count({ where: { deletedAt: { not: null } } }),
  );
}

// ---------- what links to a partner ----------

export type PartnerLinks = {
  agreements: { total: number; rows: { id: string; referenceNumber: string; title: string; status: AgreementStatus; expiresOn: Date | null }[] };
  exchanges: { total: number; outbound: number; inbound: number };
  visits: { total: number; rows: { id: string; title: string; startsOn: Date }[] };
  experts: { total: number; rows: { id: string; name: string; startsOn: Date }[] };
  programmes: { total: number; rows: { id: string; name: string }[] };
};

const LINKED = 10;

/** Everything that names the partner (live records only), newest first, with totals. */
export async function getPartnerLinks(actor: Actor | null, id: string): Promise<PartnerLinks> {
  assertRole(actor, OFFICE_ROLES);
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const agreementWhere = { partners: { some: { partnerId: id } }, deletedAt: null } satisfies Prisma.AgreementWhereInput;
  const visitWhere = { partners: { some: { partnerId: id } }, deletedAt: null } satisfies Prisma.VisitWhereInput;
  const expertWhere = { partnerId: id, deletedAt: null } satisfies Prisma.ExpertWhereInput;
  const programmeWhere = { partners: { some: { partnerId: id } }, deletedAt: null } satisfies Prisma.ProgrammeWhereInput;
  const [agreements, agreementTotal, exchanges, visits, visitTotal, experts, expertTotal, programmes, programmeTotal] = await Promise.all([
    // The status as the agreements list shows it, dates applied (lib/agreements/status.ts).
    db().$queryRaw<PartnerLinks["agreements"]["rows"]>`
      SELECT a.id, a."referenceNumber", a.title, ${shownStatusSql(todayOf(new Date()))} AS status, a."expiresOn"
      FROM "Agreement" a
      WHERE a."deletedAt" IS NULL AND EXISTS (SELECT 1 FROM "AgreementPartner" ap WHERE ap."agreementId" = a.id AND ap."partnerId" = ${id}::uuid)
      ORDER BY a."createdAt" DESC, a.id DESC LIMIT ${LINKED}`,
    db().agreement.count({ where: agreementWhere }),
    db().exchange.groupBy({ by: ["direction"], where: { partnerId: id, deletedAt: null }, _count: { _all: true } }),
    db().visit.findMany({ where: visitWhere, orderBy: [{ startsOn: "desc" }, { id: "desc" }], take: LINKED, select: { id: true, title: true, startsOn: true } }),
    db().visit.count({ where: visitWhere }),
    db().expert.findMany({ where: expertWhere, orderBy: [{ startsOn: "desc" }, { id: "desc" }], take: LINKED, select: { id: true, name: true, startsOn: true } }),
    db().expert.count({ where: expertWhere }),
    db().programme.findMany({ where: programmeWhere, orderBy: [{ name: "asc" }, { id: "asc" }], take: LINKED, select: { id: true, name: true } }),
    db().programme.count({ where: programmeWhere }),
  ]);
  const byDirection = (direction: string) => exchanges.find((row) => row.direction === direction)?._count._all ?? 0;
  return {
    agreements: { total: agreementTotal, rows: agreements },
    exchanges: { total: byDirection("OUTBOUND") + byDirection("INBOUND"), outbound: byDirection("OUTBOUND"), inbound: byDirection("INBOUND") },
    visits: { total: visitTotal, rows: visits },
    experts: { total: expertTotal, rows: experts },
    programmes: { total: programmeTotal, rows: programmes },
  };
}

// ---------- contacts ----------

const contactSelect = { id: true, name: true, position: true, email: true, phone: true, notes: true, version: true } satisfies Prisma.PartnerContactSelect;
export type PartnerContactRecord = Prisma.PartnerContactGetPayload<{ select: typeof contactSelect }>;

/** A live partner's live contacts, by name. */
export async function listPartnerContacts(actor: Actor | null, partnerId: string): Promise<PartnerContactRecord[]> {
  assertRole(actor, OFFICE_ROLES);
  if (!isUuid(partnerId)) throw new AppError("NOT_FOUND");
  return db().partnerContact.findMany({
    where: { partnerId, deletedAt: null, partner: { deletedAt: null } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: contactSelect,
  });
}

/** Adds a contact to a live partner. */
export async function createPartnerContact(actor: Actor | null, partnerId: string, raw: ContactFormInput): Promise<{ id: string }> {
  const staff = assertRole(actor, OFFICE_ROLES);
  const input = checked(checkInput(contactInputSchema, raw));
  return db().$transaction(async (tx) => {
    const partner = await lockPartner(tx, partnerId);
    if (partner.deletedAt) throw new AppError("NOT_FOUND");
    const contact = await tx.partnerContact.create({ data: { ...input, partnerId, createdById: staff.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "CREATE",
      entityType: "PartnerContact",
      entityId: contact.id,
      changes: createdFields({ partnerId, ...input }),
    });
    return contact;
  });
}

async function lockContact(tx: Tx, id: string) {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  await tx.$queryRaw`SELECT id FROM "PartnerContact" WHERE id = ${id}::uuid FOR UPDATE`;
  const contact = await tx.partnerContact.findFirst({
    where: { id, deletedAt: null, partner: { deletedAt: null } },
    select: { ...contactSelect, partnerId: true },
  });
  if (!contact) throw new AppError("NOT_FOUND");
  return contact;
}

/** Saves a contact, refusing a stale form (optimistic `version`). */
export async function updatePartnerContact(actor: Actor | null, id: string, raw: ContactFormInput, version: number): Promise<{ partnerId: string }> {
  const staff = assertRole(actor, OFFICE_ROLES);
  const input = checked(checkInput(contactInputSchema, raw));
  return db().$transaction(async (tx) => {
    const { id: _id, version: current, partnerId, ...before } = await lockContact(tx, id);
    await assertUnchangedSince(tx, { entityType: "PartnerContact", id, saved: { ...before, version: current } }, version, input);
    const changes = changedFields(before, input);
    if (Object.keys(changes).length > 0) {
      await tx.partnerContact.update({ where: { id }, data: { ...input, version: { increment: 1 } } });
      await recordAudit(tx, { actorId: staff.id, action: "UPDATE", entityType: "PartnerContact", entityId: id, changes });
    }
    return { partnerId };
  });
}

/** Removes a contact (soft: the audit log keeps who it was). */
export async function removePartnerContact(actor: Actor | null, id: string, now = new Date()): Promise<{ partnerId: string }> {
  const staff = assertRole(actor, OFFICE_ROLES);
  return db().$transaction(async (tx) => {
    const contact = await lockContact(tx, id);
    await tx.partnerContact.update({ where: { id }, data: { deletedAt: now, version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "DELETE",
      entityType: "PartnerContact",
      entityId: id,
      changes: { partnerId: [contact.partnerId, contact.partnerId], deletedAt: [null, now.toISOString()] },
    });
    return { partnerId: contact.partnerId };
  });
}
