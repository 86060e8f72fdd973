/// <reference types="vite/client" />
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { createDemoUser } from "@/lib/seed/users";
import { LocalDocumentStore } from "@/lib/storage/local-store";
import type { Actor } from "./current-user";
import { parsePartnerListParams } from "@/lib/partners/list-params";
import { getDashboardSummary } from "./dashboard";
import { AppError } from "./errors";
import {
  createUser, endUserSessions, getUserDetail, listUsers, resetUserPassword, resetUserTwoFactor, setUserDisabled, updateUser,
} from "./admin-users";
import {
  getAuditRecord, getUserOption, listActionsBy, listAuditEntityTypes, listAuditEvents, listEntityHistory, searchUserOptions,
} from "./audit-log";
import {
  cancelTwoFactorEnrolment, changePassword, confirmTwoFactorEnrolment, disableTwoFactor, getAccountSecurity,
  regenerateRecoveryCodes, startTwoFactorEnrolment,
} from "./account";
import { exportPartners, listPartnerFacets, listPartners } from "./partners";
import { checkPartnerImport, importPartners } from "./partner-import";
import { getImportMapping, saveImportMapping } from "./import-mappings";
import { checkAgreementImport, importAgreements } from "./agreement-import";
import {
  createPartner, createPartnerContact, deletePartner, findSimilarPartners, getPartner, getPartnerLinks, listDeletedPartners,
  listPartnerContacts, removePartnerContact, restorePartner, updatePartner, updatePartnerContact,
} from "./partner-records";
import { createPartner as seedPartner, createPartnerContact as seedContact } from "@/lib/seed/partners";
import { parseAgreementListParams } from "@/lib/agreements/list-params";
import { createAgreement as seedAgreement } from "@/lib/seed/agreements";
import {
  approveAgreement, createAgreement, deleteAgreement, discardRenewalDraft, isReferenceNumberInUse, listDeletedAgreements, proposeAgreement, renewAgreement,
  restoreAgreement, returnAgreement, terminateAgreement, updateAgreement, withdrawTermination,
} from "./agreement-changes";
import { countAgreementQuickViews, countAgreements, getAgreement, listAgreementChoices, listAgreements, searchAgreementPartners } from "./agreements";
import { exportAgreements } from "./agreements-export";
import { signOutEverywhere } from "./sessions";
import { getSecuritySettings, updateSecuritySettings } from "./settings";
import { updateUserLocale } from "./users";
import { addAgreementDocument, listAgreementDocuments, openAgreementDocument, removeAgreementDocument } from "./agreement-documents";

// SECURITY.md §4 authz-matrix: every function the data layer exports × every kind of caller
// → allowed or refused, one test case per cell, against the real database. The functions
// are enumerated from lib/data/*.ts, so a new exported function without a line below fails.
//
// A new data function: one line in `matrix` — who may call it, and a minimal valid call
// (the closure creates whatever records the call needs). A helper that takes no actor:
// one line in `notActorFacing` saying why.

type Caller = "anonymous" | Role;
const CALLERS: readonly Caller[] = ["anonymous", "STUDENT", "STAFF", "ADMIN"];

const SIGNED_IN: readonly Caller[] = ["STUDENT", "STAFF", "ADMIN"];
const OFFICE: readonly Caller[] = ["STAFF", "ADMIN"];
const ADMIN: readonly Caller[] = ["ADMIN"];
// const ANYONE: readonly Caller[] = CALLERS;

type Cell = {
  allow: readonly Caller[];
  invoke: (actor: Actor | null) => Promise<unknown>;
  /**
   * The allowed call is made with a wrong password or code on purpose (a right one needs
   * secrets the cell cannot hold): allowed then means "refused for the input, not the role".
   */
  wrongSecret?: true;
};

const matrix: Record<string, Cell> = {
  getDashboardSummary: { allow: OFFICE, invoke: (actor) => getDashboardSummary(actor) },
  updateUserLocale: { allow: SIGNED_IN, invoke: (actor) => updateUserLocale(actor, "zh") },
  listPartners: { allow: OFFICE, invoke: (actor) => listPartners(actor, parsePartnerListParams({}), "en") },
  listPartnerFacets: { allow: OFFICE, invoke: (actor) => listPartnerFacets(actor) },
  exportPartners: { allow: OFFICE, invoke: (actor) => exportPartners(actor, parsePartnerListParams({}), "en") },
  checkPartnerImport: { allow: OFFICE, invoke: (actor) => checkPartnerImport(actor, IMPORT_TABLE, { nameEn: 0, country: 1 }) },
  importPartners: { allow: OFFICE, invoke: (actor) => importPartners(actor, { headers: ["Name", "Country"], rows: [[`Matrix Import ${crypto.randomUUID()}`, "NO"]] }, { nameEn: 0, country: 1 }) },
  checkAgreementImport: { allow: OFFICE, invoke: async (actor) => checkAgreementImport(actor, await agreementImportTable(), AGREEMENT_IMPORT_MAPPING) },
  importAgreements: { allow: OFFICE, invoke: async (actor) => importAgreements(actor, await agreementImportTable(), AGREEMENT_IMPORT_MAPPING, { fileName: "matrix.csv" }) },
  getImportMapping: { allow: OFFICE, invoke: (actor) => getImportMapping(actor, "partners", ["Name"]) },
  saveImportMapping: { allow: OFFICE, invoke: (actor) => saveImportMapping(actor, "agreements", ["Name"], { title: 0 }) },
  getPartner: { allow: OFFICE, invoke: async (actor) => getPartner(actor, await targetPartner()) },
  getPartnerLinks: { allow: OFFICE, invoke: async (actor) => getPartnerLinks(actor, await targetPartner()) },
  findSimilarPartners: { allow: OFFICE, invoke: (actor) => findSimilarPartners(actor, { nameEn: "Matrix University" }) },
  createPartner: { allow: OFFICE, invoke: (actor) => createPartner(actor, partnerForm(), { confirmSimilar: true }) },
  updatePartner: { allow: OFFICE, invoke: async (actor) => updatePartner(actor, await targetPartner(), partnerForm(), 1) },
  deletePartner: { allow: ADMIN, invoke: async (actor) => deletePartner(actor, await targetPartner()) },
  restorePartner: { allow: ADMIN, invoke: async (actor) => restorePartner(actor, (await seedPartner(db(), { deletedAt: new Date() })).id) },
  listDeletedPartners: { allow: ADMIN, invoke: (actor) => listDeletedPartners(actor) },
  listPartnerContacts: { allow: OFFICE, invoke: async (actor) => listPartnerContacts(actor, await targetPartner()) },
  createPartnerContact: { allow: OFFICE, invoke: async (actor) => createPartnerContact(actor, await targetPartner(), { name: "Matrix Contact" }) },
  updatePartnerContact: { allow: OFFICE, invoke: async (actor) => updatePartnerContact(actor, await targetContact(), { name: "Renamed Contact" }, 1) },
  removePartnerContact: { allow: OFFICE, invoke: async (actor) => removePartnerContact(actor, await targetContact()) },
  listUsers: { allow: ADMIN, invoke: (actor) => listUsers(actor, {}) },
  getUserDetail: { allow: ADMIN, invoke: async (actor) => getUserDetail(actor, await targetUser()) },
  createUser: {
    allow: ADMIN,
    invoke: (actor) => createUser(actor, { name: "Matrix User", email: uniqueEmail("created"), role: "STAFF", ssoLinkAllowed: false, method: "password" }),
  },
  updateUser: {
    allow: ADMIN,
    invoke: async (actor) => updateUser(actor, await targetUser(), { name: "Renamed", role: "STAFF", ssoLinkAllowed: false, version: 1 }),
  },
  setUserDisabled: { allow: ADMIN, invoke: async (actor) => setUserDisabled(actor, await targetUser(), true) },
  endUserSessions: { allow: ADMIN, invoke: async (actor) => endUserSessions(actor, await targetUser()) },
  resetUserTwoFactor: { allow: ADMIN, invoke: async (actor) => resetUserTwoFactor(actor, await targetUser()) },
  resetUserPassword: { allow: ADMIN, invoke: async (actor) => resetUserPassword(actor, await targetUser(), "password") },
  listAuditEvents: { allow: ADMIN, invoke: (actor) => listAuditEvents(actor, {}) },
  listEntityHistory: { allow: OFFICE, invoke: (actor) => listEntityHistory(actor, "Partner", crypto.randomUUID()) },
  listAuditEntityTypes: { allow: ADMIN, invoke: (actor) => listAuditEntityTypes(actor) },
  searchUserOptions: { allow: ADMIN, invoke: (actor) => searchUserOptions(actor, "matrix") },
  getUserOption: { allow: ADMIN, invoke: async (actor) => getUserOption(actor, await targetUser()) },
  getAuditRecord: { allow: ADMIN, invoke: async (actor) => getAuditRecord(actor, "User", await targetUser()) },
  listActionsBy: { allow: ADMIN, invoke: async (actor) => listActionsBy(actor, await targetUser()) },
  getAccountSecurity: { allow: SIGNED_IN, invoke: (actor) => getAccountSecurity(actor) },
  changePassword: {
    allow: SIGNED_IN,
    invoke: async (actor) => {
      if (actor) await db().user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(OLD_PASSWORD) } });
      return changePassword(actor, { currentPassword: OLD_PASSWORD, newPassword: `fresh ${crypto.randomUUID()}` }, "127.0.0.1");
    },
  },
  startTwoFactorEnrolment: { allow: SIGNED_IN, invoke: (actor) => startTwoFactorEnrolment(actor) },
  cancelTwoFactorEnrolment: { allow: SIGNED_IN, invoke: (actor) => cancelTwoFactorEnrolment(actor) },
  confirmTwoFactorEnrolment: { allow: SIGNED_IN, wrongSecret: true, invoke: (actor) => confirmTwoFactorEnrolment(actor, "000000", "127.0.0.1") },
  disableTwoFactor: { allow: SIGNED_IN, wrongSecret: true, invoke: (actor) => disableTwoFactor(actor, "not the password", "127.0.0.1") },
  regenerateRecoveryCodes: { allow: SIGNED_IN, wrongSecret: true, invoke: (actor) => regenerateRecoveryCodes(actor, "not the password", "127.0.0.1") },
  signOutEverywhere: { allow: SIGNED_IN, invoke: (actor) => signOutEverywhere(actor) },
  getSecuritySettings: { allow: ADMIN, invoke: (actor) => getSecuritySettings(actor) },
  // Writes the setting as it is by default, so other files' sign-ins are not affected.
  updateSecuritySettings: { allow: ADMIN, invoke: (actor) => updateSecuritySettings(actor, { requireTwoFactor: false }) },
  listAgreementDocuments: { allow: OFFICE, invoke: async (actor) => listAgreementDocuments(actor, (await seedAgreement(db())).id) },
  addAgreementDocument: {
    allow: OFFICE,
    invoke: async (actor) => addAgreementDocument(actor, (await seedAgreement(db())).id, { name: "m.pdf", bytes: MATRIX_PDF }, matrixStore),
  },
  openAgreementDocument: {
    allow: OFFICE,
    invoke: async (actor) => {
      const { agreementId, documentId } = await matrixDocument();
      return openAgreementDocument(actor, agreementId, documentId, matrixStore);
    },
  },
  removeAgreementDocument: {
    allow: OFFICE,
    invoke: async (actor) => {
      const { agreementId, documentId } = await matrixDocument();
      return removeAgreementDocument(actor, agreementId, documentId);
    },
  },
  listAgreements: { allow: OFFICE, invoke: (actor) => listAgreements(actor, parseAgreementListParams({})) },
  exportAgreements: { allow: OFFICE, invoke: (actor) => exportAgreements(actor, parseAgreementListParams({})) },
  countAgreementQuickViews: { allow: OFFICE, invoke: (actor) => countAgreementQuickViews(actor) },
  countAgreements: { allow: OFFICE, invoke: (actor) => countAgreements(actor, { status: "ACTIVE" }) },
  listAgreementChoices: { allow: OFFICE, invoke: (actor) => listAgreementChoices(actor) },
  searchAgreementPartners: { allow: OFFICE, invoke: (actor) => searchAgreementPartners(actor, "matrix") },
  getAgreement: { allow: OFFICE, invoke: async (actor) => getAgreement(actor, (await seedAgreement(db())).id) },
  createAgreement: { allow: OFFICE, invoke: async (actor) => createAgreement(actor, await agreementInput()) },
  isReferenceNumberInUse: { allow: OFFICE, invoke: (actor) => isReferenceNumberInUse(actor, "MATRIX-REF") },
  updateAgreement: {
    allow: OFFICE,
    invoke: async (actor) => {
      const input = await agreementInput();
      const { id } = await seedAgreement(db(), { referenceNumber: input.referenceNumber, partnerIds: input.partnerIds });
      return updateAgreement(actor, id, { ...input, title: "Renamed", version: 1 });
    },
  },
  proposeAgreement: { allow: OFFICE, invoke: async (actor) => proposeAgreement(actor, (await seedAgreement(db())).id, { version: 1, comment: null }) },
  // The owner may decide: each allowed caller owns the agreement it approves or returns.
  approveAgreement: {
    allow: OFFICE,
    invoke: async (actor) => {
      const { id } = await seedAgreement(db(), { status: "AWAITING_SIGNATURE", ownerId: actor?.id });
      return approveAgreement(actor, id, { version: 1, comment: null, signedOn: new Date("2025-01-01") });
    },
  },
  returnAgreement: {
    allow: OFFICE,
    invoke: async (actor) => returnAgreement(actor, (await seedAgreement(db(), { status: "AWAITING_SIGNATURE", ownerId: actor?.id })).id, { version: 1, comment: "No" }),
  },
  terminateAgreement: {
    allow: OFFICE,
    invoke: async (actor) =>
      terminateAgreement(actor, (await seedAgreement(db(), { status: "ACTIVE", ownerId: actor?.id, signedOn: new Date("2030-01-01") })).id, { version: 1, comment: "Ended" }),
  },
  withdrawTermination: {
    allow: OFFICE,
    invoke: async (actor) => {
      const ending = await seedAgreement(db(), { status: "ACTIVE", ownerId: actor?.id, signedOn: new Date("2030-01-01"), terminatesOn: new Date("2099-01-01") });
      return withdrawTermination(actor, ending.id, { version: 1, comment: "Notice withdrawn" });
    },
  },
  renewAgreement: { allow: OFFICE, invoke: async (actor) => renewAgreement(actor, (await seedAgreement(db(), { status: "ACTIVE", signedOn: new Date("2030-01-01") })).id) },
  deleteAgreement: { allow: ADMIN, invoke: async (actor) => deleteAgreement(actor, (await seedAgreement(db())).id, 1) },
  discardRenewalDraft: {
    allow: OFFICE,
    invoke: async (actor) => {
      const renewed = await seedAgreement(db(), { status: "ACTIVE", signedOn: new Date("2025-01-01") });
      return discardRenewalDraft(actor, (await seedAgreement(db(), { status: "DRAFT", supersedesId: renewed.id })).id, 1);
    },
  },
  restoreAgreement: { allow: ADMIN, invoke: async (actor) => restoreAgreement(actor, (await seedAgreement(db(), { deletedAt: new Date() })).id) },
  listDeletedAgreements: { allow: ADMIN, invoke: (actor) => listDeletedAgreements(actor) },
};

// Documents land in a scratch folder, never in the data directory.
const matrixStore = new LocalDocumentStore(mkdtempSync(join(tmpdir(), "meridian-matrix-")));
const MATRIX_PDF = new TextEncoder().encode("%PDF-1.7\ntrailer\n%%EOF\n");
async function matrixDocument() {
  const agreement = await seedAgreement(db());
  const owner = await createDemoUser(db(), { email: uniqueEmail("doc-owner"), role: "STAFF" });
  const document = await addAgreementDocument({ ...owner, locale: null }, agreement.id, { name: "m.pdf", bytes: MATRIX_PDF }, matrixStore);
  return { agreementId: agreement.id, documentId: document.id };
}

/** A minimal valid agreement form, with a partner of its own. */
async function agreementInput() {
  const partner = await seedPartner(db());
  return {
    referenceNumber: `MATRIX-${crypto.randomUUID()}`, title: "Matrix agreement", kind: "MOU" as const, partnerIds: [partner.id], facultyIds: [],
    ownerId: null, signedOn: null, effectiveOn: null, expiresOn: null, autoRenews: false, noticePeriodDays: null, ministryApprovalNumber: null,
    ministryApprovedOn: null, scope: null, tuitionWaiver: null, creditRecognition: null, notes: null, terms: [],
  };
}

const OLD_PASSWORD = "matrix old password";
const IMPORT_TABLE = { headers: ["Name", "Country"], rows: [["Matrix University", "NO"]] };
const AGREEMENT_IMPORT_MAPPING = { referenceNumber: 0, title: 1, kind: 2, partners: 3 };
/** One draft agreement row naming a fresh partner. */
async function agreementImportTable() {
  const partner = await seedPartner(db(), { nameEn: `Matrix Import Partner ${crypto.randomUUID()}` });
  return { headers: ["Reference", "Title", "Kind", "Partners"], rows: [[`MATRIX-IMPORT-${crypto.randomUUID()}`, "Matrix import", "MOU", partner.nameEn]] };
}

/** Exports of lib/data that no caller reaches with an actor of their own, consciously left out. */
const notActorFacing: Record<string, string> = {
  assertRole: "the role check every entry point calls first",
  getCurrentUser: "who is asking: it produces the actor from the session",
  recordAudit: "writes an audit row inside the caller's transaction",
  changedFields: "pure helper for audit rows",
  createdFields: "pure helper for audit rows",
  readThroughListCache: "keeps list reads per data version; called after the caller's role check",
  insertColumns: "bulk INSERT inside an import's transaction, after the import checked its caller",
  isoDates: "pure helper for bulk inserts",
  newIds: "pure helper for bulk inserts",
  AppError: "the error class",
  isAppError: "type guard",
  unlessNotFound: "pure helper: a read's not-found as null",
  nameOrEmailContains: "pure helper building a where clause",
  hashInvitationToken: "pure helper: the stored form of an invitation token",
  issueInvitation: "runs inside createUser/resetUserPassword's transaction, after their admin check",
  getInvitation: "public by possession of the token: the link itself is the authorisation",
  acceptInvitation: "public by possession of the token: the link itself is the authorisation",
  assertSignedIn: "the signed-in check every account function calls first",
  assertUnchangedSince: "runs inside an update's transaction, after its role check",
  ConflictError: "the error class of a stale save",
  asText: "pure helper: one text form for saved and typed values",
  agreementWhere: "pure helper building the list's where clause, shared with the export",
  bumpSessionVersion: "runs inside its caller's transaction, after the caller's check",
  isTwoFactorRequiredFor: "reads a setting for the session check; takes a role, not an actor",
};

/** A fresh live partner (and contact) for calls that change one. */
const targetPartner = async () => (await seedPartner(db())).id;
const targetContact = async () => (await seedContact(db(), await targetPartner())).id;
const partnerForm = () => ({ nameEn: `Matrix Partner ${crypto.randomUUID()}`, kind: "UNIVERSITY", country: "DE", status: "ACTIVE" });

const uniqueEmail = (label: string) => `matrix-${label}-${crypto.randomUUID()}@example.edu`;

/** A fresh staff user for calls that act on one (so allowed calls never touch shared users). */
async function targetUser(): Promise<string> {
  return (await createDemoUser(db(), { email: uniqueEmail("target"), role: "STAFF" })).id;
}

// Every runtime export of lib/data/*.ts (tests excluded), by name.
const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true });
const exported = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(module)
    .filter(([, value]) => typeof value === "function")
    .map(([name]) => ({ name, file })),
);

describe("the authz matrix covers the data layer", () => {
  it("reads the data-layer modules", () => {
    expect(Object.keys(modules)).toEqual(expect.arrayContaining(["./dashboard.ts", "./users.ts", "./access.ts"]));
  });

  it("has a line for every exported function, and none for a function that is gone", () => {
    const names = exported.map((entry) => entry.name);
    const missing = exported.filter((entry) => !(entry.name in matrix) && !(entry.name in notActorFacing));
    expect(missing.map((entry) => `${entry.name} (${entry.file})`), "add a line to `matrix` (or `notActorFacing`)").toEqual([]);
    const stale = [...Object.keys(matrix), ...Object.keys(notActorFacing)].filter((name) => !names.includes(name));
    expect(stale, "lines for functions lib/data no longer exports").toEqual([]);
    expect(Object.keys(matrix).filter((name) => name in notActorFacing)).toEqual([]);
  });

  it("knows each function by one name", () => {
    const names = exported.map((entry) => entry.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});

/** A new user of the role for each cell, so a call that changes its caller disturbs no other. */
async function actorFor(caller: Caller): Promise<Actor | null> {
  if (caller === "anonymous") return null;
  const user = await createDemoUser(db(), { email: `authz-${caller.toLowerCase()}-${crypto.randomUUID()}@example.edu`, role: caller });
  return { ...user, locale: null };
}

for (const [name, cell] of Object.entries(matrix)) {
  describe(name, () => {
    it.each(CALLERS.map((caller) => [caller, cell.allow.includes(caller) ? "allow" : "deny"] as const))("%s → %s", async (caller, expected) => {
      const actor = await actorFor(caller);
      const error = await cell.invoke(actor).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      if (expected === "allow" && cell.wrongSecret) {
        expect(error).toBeInstanceOf(AppError);
        expect(["UNAUTHENTICATED", "FORBIDDEN"]).not.toContain((error as AppError).code);
      } else if (expected === "allow") {
        expect(error).toBeUndefined();
      } else {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe(caller === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
      }
    });
  });
}
