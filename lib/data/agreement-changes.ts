import "server-only";
import { addDays, DAY_MS } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementStatus, ApprovalDecision, Role } from "@/lib/generated/prisma/enums";
import { readShownStatus, SIGNED_STATUSES, todayOf } from "@/lib/agreements/status";
import { agreementScalars as scalarsOf, isSignedInFuture, type AgreementInput, type MobilityTermInput } from "@/lib/agreements/input";
import { isUuid } from "@/lib/ids";
import { readDeletedPage, type DeletedPage } from "@/lib/lists/deleted-page";
import { assertRole, OFFICE_ROLES } from "./access";
import { changedFields, createdFields, recordAudit } from "./audit";
import { assertUnchangedSince } from "./conflict";
import type { Actor } from "./current-user";
import { AppError } from "./errors";

// Changing agreements: create, edit (refusing a stale form), the approval workflow, renewal,
// soft delete and restore. Each change is one transaction with its audit row. The status is
// never edited directly: only the workflow moves it, and only an approval with a signed date
// makes an agreement ACTIVE.

type Tx = Prisma.TransactionClient;
const ADMIN_ONLY = ["ADMIN"] as const satisfies readonly Role[];

const invalid = (field: string, messageKey: string) => new AppError("INVALID", messageKey, { name: field, messageKey });
const referenceInUse = () => new AppError("CONFLICT", "reference number in use", { name: "referenceNumber", messageKey: "referenceInUse" });
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

const termSummary = (term: Omit<MobilityTermInput, "monthsPerYear"> & { monthsPerYear: number | Prisma.Decimal | null }) =>
  `${term.mobilityType} ${term.fromAcademicYear}–${term.toAcademicYear} ×${term.placesPerYear}`;

/** Partners, owner and faculties must exist (and partners be live): a form may be stale. */
async function assertReferencesExist(tx: Tx, input: AgreementInput): Promise<void> {
  const partners = await tx.partner.count({ where: { id: { in: input.partnerIds }, deletedAt: null } });
  if (partners !== input.partnerIds.length) throw invalid("partners", "partnerUnknown");
  if (input.facultyIds.length && (await tx.faculty.count({ where: { id: { in: input.facultyIds } } })) !== input.facultyIds.length) {
    throw invalid("facultyIds", "invalid");
  }
  if (input.ownerId && !(await tx.user.findFirst({ where: { id: input.ownerId, role: { in: ["ADMIN", "STAFF"] } }, select: { id: true } }))) {
    throw invalid("ownerId", "ownerUnknown");
  }
}

/** Whether a live agreement (other than `exceptId`) has the number, in any letter case, as the unique index reads it. */
async function isReferenceTaken(tx: Pick<Tx, "$queryRaw">, referenceNumber: string, exceptId?: string): Promise<boolean> {
  const taken = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM "Agreement" WHERE lower("referenceNumber") = lower(${referenceNumber}) AND "deletedAt" IS NULL
      AND id IS DISTINCT FROM ${exceptId ?? null}::uuid LIMIT 1`;
  return taken.length > 0;
}

/**
 * Whether a live agreement other than `exceptId` has the number. The form asks while it reports
 * other problems, so a number in use shows beside them, not only once they are fixed.
 */
export async function isReferenceNumberInUse(actor: Actor | null, referenceNumber: string, exceptId?: string): Promise<boolean> {
  assertRole(actor, OFFICE_ROLES);
  return isReferenceTaken(db(), referenceNumber, exceptId && isUuid(exceptId) ? exceptId : undefined);
}

async function assertReferenceFree(tx: Tx, referenceNumber: string, exceptId?: string): Promise<void> {
  if (await isReferenceTaken(tx, referenceNumber, exceptId)) throw referenceInUse();
}

async function writeLinks(tx: Tx, agreementId: string, input: Pick<AgreementInput, "partnerIds" | "facultyIds" | "terms">): Promise<void> {
  await tx.agreementPartner.createMany({ data: input.partnerIds.map((partnerId) => ({ agreementId, partnerId })) });
  if (input.facultyIds.length) await tx.agreementFaculty.createMany({ data: input.facultyIds.map((facultyId) => ({ agreementId, facultyId })) });
  if (input.terms.length) await tx.mobilityTerm.createMany({ data: input.terms.map((term) => ({ ...term, agreementId })) });
}

/** Runs a change, turning a race on the live reference-number index into its field message. */
async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db().$transaction(work);
  } catch (error) {
    if (isUniqueViolation(error)) throw referenceInUse();
    throw error;
  }
}

/** Creates a DRAFT agreement with its partners, faculties and mobility terms. */
export async function createAgreement(actor: Actor | null, input: AgreementInput): Promise<{ id: string }> {
  const staff = assertRole(actor, OFFICE_ROLES);
  return inTransaction(async (tx) => {
    await assertReferencesExist(tx, input);
    await assertReferenceFree(tx, input.referenceNumber);
    const created = await tx.agreement.create({ data: { ...scalarsOf(input), status: "DRAFT", createdById: staff.id }, select: { id: true } });
    await writeLinks(tx, created.id, input);
    await recordAudit(tx, {
      actorId: staff.id,
      action: "CREATE",
      entityType: "Agreement",
      entityId: created.id,
      changes: {
        ...createdFields(scalarsOf(input)),
        status: [null, "DRAFT"],
        partners: [null, [...input.partnerIds].sort()],
        ...(input.facultyIds.length ? { faculties: [null, [...input.facultyIds].sort()] } : {}),
        ...(input.terms.length ? { mobilityTerms: [null, input.terms.map(termSummary)] } : {}),
      },
    });
    return created;
  });
}

/** Locks a live agreement's row for the rest of the transaction and reads what changes need. */
async function lockAgreement(tx: Tx, id: string) {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  await tx.$queryRaw`SELECT id FROM "Agreement" WHERE id = ${id}::uuid FOR UPDATE`;
  const agreement = await tx.agreement.findUnique({
    where: { id },
    select: {
      id: true, referenceNumber: true, title: true, kind: true, status: true, ownerId: true, signedOn: true, effectiveOn: true,
      expiresOn: true, autoRenews: true, noticePeriodDays: true, ministryApprovalNumber: true, ministryApprovedOn: true, scope: true,
      tuitionWaiver: true, creditRecognition: true, notes: true, version: true, deletedAt: true, supersedesId: true, terminatesOn: true,
      supersededOn: true, partners: { select: { partnerId: true, partner: { select: { nameEn: true } } } },
      faculties: { select: { facultyId: true, faculty: { select: { code: true } } } },
      mobilityTerms: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!agreement || agreement.deletedAt) throw new AppError("NOT_FOUND");
  return agreement;
}

type Locked = Awaited<ReturnType<typeof lockAgreement>>;

/** Partners and faculties as people read them, for the conflict message. */
async function readableLinks(tx: Tx, partnerIds: string[], facultyIds: string[]) {
  const [partners, faculties] = await Promise.all([
    tx.partner.findMany({ where: { id: { in: partnerIds } }, select: { nameEn: true } }),
    tx.faculty.findMany({ where: { id: { in: facultyIds } }, select: { code: true } }),
  ]);
  return { partners: partners.map((p) => p.nameEn).sort(), faculties: faculties.map((f) => f.code).sort() };
}

/**
 * Saves an edited agreement, refusing a form opened before someone else's save (its
 * `version`), with what changed. Partners, faculties and mobility terms are replaced.
 */
export async function updateAgreement(actor: Actor | null, id: string, input: AgreementInput & { version: number }): Promise<void> {
  const staff = assertRole(actor, OFFICE_ROLES);
  await inTransaction(async (tx) => {
    const before = await lockAgreement(tx, id);
    const links = { partners: before.partners.map((p) => p.partner.nameEn).sort(), faculties: before.faculties.map((f) => f.faculty.code).sort() };
    const saved = { ...scalarsOf({ ...before, partnerIds: [], facultyIds: [], terms: [] }), ...links, terms: before.mobilityTerms.map(termSummary), version: before.version };
    const typed = before.version === input.version ? {} : { ...scalarsOf(input), ...(await readableLinks(tx, input.partnerIds, input.facultyIds)), terms: input.terms.map(termSummary) };
    await assertUnchangedSince(tx, { entityType: "Agreement", id, saved }, input.version, typed);
    // A signed agreement keeps its signature date: ACTIVE needs one (see approveAgreement).
    if (SIGNED_STATUSES.has(before.status) && !input.signedOn) throw invalid("signedOn", "signedRequired");
    await assertReferencesExist(tx, input);
    // The owner decides on the agreement (approves it, sends it back, terminates it): handing it
    // to someone else is the owner's call or an admin's, or anyone could make it theirs to approve.
    if (input.ownerId !== before.ownerId && staff.role !== "ADMIN" && before.ownerId !== staff.id) throw invalid("ownerId", "ownerChangeForbidden");
    if (input.referenceNumber !== before.referenceNumber) await assertReferenceFree(tx, input.referenceNumber, id);
    // A termination still to come ends it before its expiry; an earlier expiry would make it moot.
    if (before.status === "ACTIVE" && before.terminatesOn && input.expiresOn && input.expiresOn < before.terminatesOn) {
      throw invalid("expiresOn", "expiresBeforeTermination");
    }

    const after = scalarsOf(input);
    const diff: Record<string, [Prisma.InputJsonValue | null, Prisma.InputJsonValue | null]> = changedFields(scalarsOf({ ...before, partnerIds: [], facultyIds: [], terms: [] }), after);
    const partnersBefore = before.partners.map((p) => p.partnerId).sort();
    const facultiesBefore = before.faculties.map((f) => f.facultyId).sort();
    const termsBefore = before.mobilityTerms.map((t) => JSON.stringify(termShape(t)));
    const termsAfter = input.terms.map((t) => JSON.stringify(termShape(t)));
    if (JSON.stringify(partnersBefore) !== JSON.stringify([...input.partnerIds].sort())) diff.partners = [partnersBefore, [...input.partnerIds].sort()];
    if (JSON.stringify(facultiesBefore) !== JSON.stringify([...input.facultyIds].sort())) diff.faculties = [facultiesBefore, [...input.facultyIds].sort()];
    if (JSON.stringify(termsBefore) !== JSON.stringify(termsAfter)) diff.mobilityTerms = [before.mobilityTerms.map(termSummary), input.terms.map(termSummary)];
    if (Object.keys(diff).length === 0) return;

    await tx.agreement.update({ where: { id }, data: { ...after, version: { increment: 1 } } });
    await tx.agreementPartner.deleteMany({ where: { agreementId: id, partnerId: { notIn: input.partnerIds } } });
    await tx.agreementPartner.createMany({ data: input.partnerIds.map((partnerId) => ({ agreementId: id, partnerId })), skipDuplicates: true });
    await tx.agreementFaculty.deleteMany({ where: { agreementId: id } });
    await tx.mobilityTerm.deleteMany({ where: { agreementId: id } });
    await writeLinks(tx, id, { partnerIds: [], facultyIds: input.facultyIds, terms: input.terms });
    await recordAudit(tx, { actorId: staff.id, action: "UPDATE", entityType: "Agreement", entityId: id, changes: diff });
  });
}

/** A term's content, without ids and times, to tell whether the rows changed. */
function termShape(term: MobilityTermInput | Locked["mobilityTerms"][number]) {
  return [
    term.sendingPartnerId, term.receivingPartnerId, term.mobilityType, term.fromAcademicYear, term.toAcademicYear, term.placesPerYear,
    term.monthsPerYear === null ? null : Number(term.monthsPerYear), term.daysPerYear, term.eqfLevels, term.iscedCodes, term.languageCode,
    term.cefrLevel, term.blended,
  ];
}

// ---------- the approval workflow ----------

export type Decision = { version: number; comment: string | null };

const NEXT_STAGE: Partial<Record<AgreementStatus, AgreementStatus>> = { DRAFT: "IN_NEGOTIATION", IN_NEGOTIATION: "AWAITING_SIGNATURE" };
const PREVIOUS_STAGE: Partial<Record<AgreementStatus, AgreementStatus>> = { IN_NEGOTIATION: "DRAFT", AWAITING_SIGNATURE: "IN_NEGOTIATION" };

async function moveStatus(
  tx: Tx,
  who: Actor,
  before: Locked,
  to: AgreementStatus,
  decision: ApprovalDecision,
  comment: string | null,
  extra: { signedOn?: Date; terminatesOn?: Date | null } = {},
): Promise<void> {
  await tx.agreement.update({ where: { id: before.id }, data: { status: to, ...extra, version: { increment: 1 } } });
  await tx.agreementApproval.create({
    data: { agreementId: before.id, actorId: who.id, decision, fromStatus: before.status, toStatus: to, comment, takesEffectOn: extra.terminatesOn ?? null },
  });
  await recordAudit(tx, {
    actorId: who.id,
    action: decision === "APPROVED" ? "APPROVE" : decision === "RETURNED" ? "RETURN" : "UPDATE",
    entityType: "Agreement",
    entityId: before.id,
    changes: {
      ...changedFields({ status: before.status, signedOn: before.signedOn, terminatesOn: before.terminatesOn }, { status: to, ...extra }),
      ...(comment ? { comment: [null, comment] } : {}),
    },
  });
}

async function lockForDecision(tx: Tx, id: string, version: number) {
  const before = await lockAgreement(tx, id);
  await assertUnchangedSince(tx, { entityType: "Agreement", id, saved: before }, version, {});
  return before;
}

/** Moves an agreement one stage on: draft → in negotiation → awaiting signature. Any office user. */
export async function proposeAgreement(actor: Actor | null, id: string, decision: Decision): Promise<AgreementStatus> {
  const staff = assertRole(actor, OFFICE_ROLES);
  return db().$transaction(async (tx) => {
    const before = await lockForDecision(tx, id, decision.version);
    const to = NEXT_STAGE[before.status];
    if (!to) throw invalid("workflow", "cannotPropose");
    await moveStatus(tx, staff, before, to, "PROPOSED", decision.comment);
    return to;
  });
}

function assertMayDecide(who: Actor, agreement: Locked): void {
  if (who.role !== "ADMIN" && agreement.ownerId !== who.id) throw new AppError("FORBIDDEN", "only an admin or the agreement's owner decides");
}

/**
 * Approves an agreement awaiting signature: it becomes ACTIVE, which needs a signed date
 * (given here or already recorded). An admin or the agreement's owner only. When it renews
 * another agreement, that one is superseded in the same transaction (supersedePredecessor).
 */
export async function approveAgreement(
  actor: Actor | null,
  id: string,
  decision: Decision & { signedOn: Date | null },
  now = new Date(),
): Promise<void> {
  const who = assertRole(actor, OFFICE_ROLES);
  await db().$transaction(async (tx) => {
    const before = await lockForDecision(tx, id, decision.version);
    assertMayDecide(who, before);
    if (before.status !== "AWAITING_SIGNATURE") throw invalid("workflow", "cannotApprove");
    const signedOn = decision.signedOn ?? before.signedOn;
    if (!signedOn) throw invalid("signedOn", "signedRequired");
    if (isSignedInFuture(signedOn, todayOf(now))) throw invalid("signedOn", "signedInFuture");
    if (before.expiresOn && before.expiresOn < signedOn) throw invalid("signedOn", "signedAfterExpiry");
    // A Chinese-foreign cooperatively-run programme may only run once the ministry has approved it.
    if (before.kind === "COOPERATIVE_PROGRAMME" && !before.ministryApprovalNumber) throw invalid("workflow", "ministryApprovalRequired");
    await moveStatus(tx, who, before, "ACTIVE", "APPROVED", decision.comment, { signedOn });
    if (before.supersedesId) await supersedePredecessor(tx, who, before.supersedesId, { id, effectiveOn: before.effectiveOn }, todayOf(now));
  });
}

/**
 * The agreement a just-approved renewal replaces is superseded from the day the renewal takes
 * effect: at once when that is today or past (or not set), else on that day, staying in force
 * until then (supersededOn, lib/agreements/status.ts). One ending by a termination (recorded
 * after it was renewed) ends so; one already expired is superseded at once.
 */
async function supersedePredecessor(tx: Tx, who: Actor, predecessorId: string, renewal: { id: string; effectiveOn: Date | null }, today: string) {
  const predecessor = await tx.agreement.findUnique({ where: { id: predecessorId }, select: { id: true, status: true, deletedAt: true, terminatesOn: true } });
  if (!predecessor || predecessor.deletedAt || predecessor.terminatesOn) return;
  if (predecessor.status !== "ACTIVE" && predecessor.status !== "EXPIRED") return;
  const takesOver = renewal.effectiveOn && todayOf(renewal.effectiveOn) > today && predecessor.status === "ACTIVE" ? renewal.effectiveOn : new Date(today);
  const status = todayOf(takesOver) === today ? "SUPERSEDED" : predecessor.status;
  await tx.agreement.update({ where: { id: predecessor.id }, data: { status, supersededOn: takesOver, version: { increment: 1 } } });
  await recordAudit(tx, {
    actorId: who.id,
    action: "UPDATE",
    entityType: "Agreement",
    entityId: predecessor.id,
    changes: { ...(status !== predecessor.status ? { status: [predecessor.status, status] } : {}), supersededOn: [null, todayOf(takesOver)], supersededBy: [null, renewal.id] },
  });
}

/** Sends an agreement back one stage with a comment saying why. An admin or its owner only. */
export async function returnAgreement(actor: Actor | null, id: string, decision: Decision): Promise<void> {
  const who = assertRole(actor, OFFICE_ROLES);
  await db().$transaction(async (tx) => {
    const before = await lockForDecision(tx, id, decision.version);
    assertMayDecide(who, before);
    const to = PREVIOUS_STAGE[before.status];
    if (!to) throw invalid("workflow", "cannotReturn");
    if (!decision.comment) throw invalid("comment", "commentRequired");
    await moveStatus(tx, who, before, to, "RETURNED", decision.comment);
  });
}

/**
 * Ends an agreement in force before its expiry, with the reason in its approval trail. It
 * shows as TERMINATED from `terminatesOn` (today if not given) on: today ends it now; a later
 * date (a notice period running out) keeps it ACTIVE until then, and the termination can be
 * withdrawn meanwhile. A date after its expiry is refused: it runs out first. An admin or its
 * owner only; an agreement that has expired, was never active or is already ending has
 * nothing left to end.
 */
export async function terminateAgreement(
  actor: Actor | null,
  id: string,
  decision: Decision & { terminatesOn?: Date | null },
  now = new Date(),
): Promise<void> {
  const who = assertRole(actor, OFFICE_ROLES);
  const today = todayOf(now);
  await db().$transaction(async (tx) => {
    const before = await lockForDecision(tx, id, decision.version);
    assertMayDecide(who, before);
    // In force is what the record shows as ACTIVE: stored active, not past its expiry, not ending.
    if ((await readShownStatus(tx, id, today)) !== "ACTIVE" || before.terminatesOn) throw invalid("workflow", "cannotTerminate");
    const terminatesOn = decision.terminatesOn ?? new Date(today);
    if (todayOf(terminatesOn) < today) throw invalid("terminatesOn", "terminatesInPast");
    if (before.expiresOn && terminatesOn > before.expiresOn) throw invalid("terminatesOn", "terminatesAfterExpiry");
    if (before.supersededOn && terminatesOn > before.supersededOn) throw invalid("terminatesOn", "terminatesAfterRenewal");
    if (!decision.comment) throw invalid("comment", "reasonRequired");
    const to = todayOf(terminatesOn) === today ? "TERMINATED" : "ACTIVE";
    await moveStatus(tx, who, before, to, "TERMINATED", decision.comment, { terminatesOn });
  });
}

/**
 * Takes back a termination that has not taken effect yet (the partner withdrew its notice,
 * or it was recorded by mistake): the agreement stays in force. An admin or its owner, with
 * a reason for the trail.
 */
export async function withdrawTermination(actor: Actor | null, id: string, decision: Decision, now = new Date()): Promise<void> {
  const who = assertRole(actor, OFFICE_ROLES);
  await db().$transaction(async (tx) => {
    const before = await lockForDecision(tx, id, decision.version);
    assertMayDecide(who, before);
    if (before.status !== "ACTIVE" || !before.terminatesOn || todayOf(before.terminatesOn) <= todayOf(now)) throw invalid("workflow", "cannotWithdraw");
    if (!decision.comment) throw invalid("comment", "reasonRequired");
    await moveStatus(tx, who, before, "ACTIVE", "TERMINATION_WITHDRAWN", decision.comment, { terminatesOn: null });
  });
}

// ---------- renewal ----------

const RENEWABLE: ReadonlySet<AgreementStatus> = new Set(["ACTIVE", "EXPIRED", "AWAITING_SIGNATURE"]);

/** "ABC-2020-R2" → "ABC-2020-R3"; the first free one among live agreements. */
async function renewalReference(tx: Tx, reference: string): Promise<string> {
  const match = /^(.*)-R(\d+)$/.exec(reference);
  const base = match?.[1] ?? reference;
  for (let n = match ? Number(match[2]) + 1 : 2; ; n++) {
    const suffix = `-R${n}`;
    const candidate = `${base.slice(0, 60 - suffix.length)}${suffix}`;
    if (!(await isReferenceTaken(tx, candidate))) return candidate;
  }
}

/**
 * "Renew": a DRAFT successor prefilled from the agreement (partners, faculties, owner, texts,
 * mobility terms moved on by the term's length), starting the day after it expires, linked
 * by supersedesId. Returns the new agreement's id.
 */
export async function renewAgreement(actor: Actor | null, id: string): Promise<{ id: string }> {
  const staff = assertRole(actor, OFFICE_ROLES);
  return inTransaction(async (tx) => {
    const before = await lockAgreement(tx, id);
    // One that is ending by a termination will not go on.
    if (!RENEWABLE.has(before.status) || before.terminatesOn) throw invalid("renew", "cannotRenew");
    const successor = await tx.agreement.findFirst({ where: { supersedesId: id }, select: { id: true, deletedAt: true } });
    if (successor && !successor.deletedAt) throw new AppError("CONFLICT", "already renewed", { name: "renew", messageKey: "alreadyRenewed" });
    if (successor) {
      // A deleted renewal gives its place to the new one (an agreement has one successor);
      // restored later, it comes back unlinked.
      await tx.agreement.update({ where: { id: successor.id }, data: { supersedesId: null, version: { increment: 1 } } });
      await recordAudit(tx, { actorId: staff.id, action: "UPDATE", entityType: "Agreement", entityId: successor.id, changes: { supersedesId: [id, null] } });
    }
    const length = before.effectiveOn && before.expiresOn ? before.expiresOn.getTime() - before.effectiveOn.getTime() : null;
    const effectiveOn = before.expiresOn ? addDays(before.expiresOn, 1) : null;
    const expiresOn = effectiveOn && length !== null ? new Date(effectiveOn.getTime() + length) : null;
    const years = length === null ? 0 : Math.max(1, Math.round((length + DAY_MS) / (365.25 * DAY_MS)));
    const data = {
      referenceNumber: await renewalReference(tx, before.referenceNumber),
      title: before.title,
      kind: before.kind,
      ownerId: before.ownerId,
      effectiveOn,
      expiresOn,
      autoRenews: before.autoRenews,
      noticePeriodDays: before.noticePeriodDays,
      scope: before.scope,
      tuitionWaiver: before.tuitionWaiver,
      creditRecognition: before.creditRecognition,
      notes: before.notes,
    };
    const created = await tx.agreement.create({ data: { ...data, status: "DRAFT", supersedesId: id, createdById: staff.id }, select: { id: true } });
    const terms = before.mobilityTerms.map(({ id: _id, agreementId: _a, createdAt: _c, updatedAt: _u, notes: _n, ...term }) => ({
      ...term,
      monthsPerYear: term.monthsPerYear === null ? null : Number(term.monthsPerYear),
      fromAcademicYear: term.fromAcademicYear + years,
      toAcademicYear: term.toAcademicYear + years,
    }));
    await writeLinks(tx, created.id, { partnerIds: before.partners.map((p) => p.partnerId), facultyIds: before.faculties.map((f) => f.facultyId), terms });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "CREATE",
      entityType: "Agreement",
      entityId: created.id,
      changes: { ...createdFields(data), status: [null, "DRAFT"], supersedesId: [null, id] },
    });
    return created;
  });
}

// ---------- soft delete ----------

/** Soft-deletes an agreement (admins): it vanishes from lists, search and counts; restorable. */
export async function deleteAgreement(actor: Actor | null, id: string, version: number, now = new Date()): Promise<void> {
  const admin = assertRole(actor, ADMIN_ONLY);
  await db().$transaction(async (tx) => {
    await lockForDecision(tx, id, version);
    await softDelete(tx, admin, id, now);
  });
}

async function softDelete(tx: Tx, who: Actor, id: string, now: Date): Promise<void> {
  await tx.agreement.update({ where: { id }, data: { deletedAt: now, version: { increment: 1 } } });
  await recordAudit(tx, { actorId: who.id, action: "DELETE", entityType: "Agreement", entityId: id, changes: { deletedAt: [null, now.toISOString()] } });
}

/**
 * Throws away a renewal draft nobody has proposed yet (Renew clicked by mistake). Any office
 * user may, as any may renew; it is soft-deleted like a deletion (an admin can still restore
 * it), and the agreement it renews offers Renew again. Returns that agreement's id.
 */
export async function discardRenewalDraft(actor: Actor | null, id: string, version: number, now = new Date()): Promise<{ renewedId: string }> {
  const staff = assertRole(actor, OFFICE_ROLES);
  return db().$transaction(async (tx) => {
    const before = await lockForDecision(tx, id, version);
    if (before.status !== "DRAFT" || !before.supersedesId) throw invalid("workflow", "cannotDiscard");
    await softDelete(tx, staff, id, now);
    return { renewedId: before.supersedesId };
  });
}

/** Brings a deleted agreement back, unless a live one has taken its reference number since. */
export async function restoreAgreement(actor: Actor | null, id: string): Promise<void> {
  const admin = assertRole(actor, ADMIN_ONLY);
  await inTransaction(async (tx) => {
    if (!isUuid(id)) throw new AppError("NOT_FOUND");
    await tx.$queryRaw`SELECT id FROM "Agreement" WHERE id = ${id}::uuid FOR UPDATE`;
    const before = await tx.agreement.findUnique({ where: { id }, select: { referenceNumber: true, deletedAt: true } });
    if (!before?.deletedAt) throw new AppError("NOT_FOUND");
    await assertReferenceFree(tx, before.referenceNumber, id);
    await tx.agreement.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 } } });
    await recordAudit(tx, { actorId: admin.id, action: "RESTORE", entityType: "Agreement", entityId: id, changes: { deletedAt: [before.deletedAt.toISOString(), null] } });
  });
}

export type DeletedAgreementRow = { id: string; referenceNumber: string; title: string; deletedAt: Date; partners: string[] };

/** The admin's "Deleted" view: most recently deleted first, keyset pages of 50. */
export async function listDeletedAgreements(actor: Actor | null, after?: string): Promise<DeletedPage<DeletedAgreementRow>> {
  assertRole(actor, ADMIN_ONLY);
  return readDeletedPage(
    after,
    (before, limit) => db().$queryRaw<DeletedAgreementRow[]>`
      SELECT a.id, a."referenceNumber", a.title, a."deletedAt",
        ARRAY(SELECT p."nameEn" FROM "AgreementPartner" ap JOIN "Partner" p ON p.id = ap."partnerId" WHERE ap."agreementId" = a.id ORDER BY 1 LIMIT 4) AS partners
      FROM "Agreement" a
      WHERE a."deletedAt" IS NOT NULL AND ${before}
      ORDER BY a."deletedAt" DESC, a.id DESC LIMIT ${limit}`,
    () => db().agreement.count({ where: { deletedAt: { not: null } } }),
  );
}
