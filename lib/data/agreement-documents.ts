import "server-only";
import { createHash } from "node:crypto";
import { cleanFileName, uploadProblem } from "@/lib/documents/upload-checks";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isUuid } from "@/lib/ids";
import { documentStore, type DocumentStore } from "@/lib/storage/document-store";
import { assertRole, OFFICE_ROLES } from "./access";
import { recordAudit } from "./audit";
import type { Actor } from "./current-user";
import { AppError } from "./errors";

// Signed scans of an agreement: several versions each, PDF only (checked by content), kept
// in the document store under a key Meridian makes, and read back only through
// openAgreementDocument(), which the download route calls. The audit rows sit on the
// agreement, so its history shows every upload and removal.

export type AgreementDocumentRow = {
  id: string;
  versionNumber: number;
  fileName: string;
  sizeBytes: number;
  uploadedBy: string | null;
  createdAt: Date;
};

const PDF = "application/pdf";

async function liveAgreement(id: string): Promise<{ id: string }> {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const agreement = await db().agreement.findFirst({ where: { id, deletedAt: null }, select: { id: true } });
  if (!agreement) throw new AppError("NOT_FOUND");
  return agreement;
}

/** The agreement's documents, newest version first. */
export async function listAgreementDocuments(actor: Actor | null, agreementId: string): Promise<AgreementDocumentRow[]> {
  assertRole(actor, OFFICE_ROLES);
  await liveAgreement(agreementId);
  const rows = await db().agreementDocument.findMany({
    where: { agreementId, deletedAt: null },
    orderBy: { versionNumber: "desc" },
    select: { id: true, versionNumber: true, fileName: true, sizeBytes: true, createdAt: true, uploadedBy: { select: { name: true } } },
  });
  return rows.map(({ uploadedBy, ...row }) => ({ ...row, uploadedBy: uploadedBy?.name ?? null }));
}

/**
 * Stores a new version. Bad files are refused with a field error on "file" (required,
 * tooLarge, notPdf); the bytes go to the store first and the row second, so a row never
 * points at nothing, and a failed row removes its file again.
 */
export async function addAgreementDocument(
  actor: Actor | null,
  agreementId: string,
  file: { name: string; bytes: Uint8Array },
  store: DocumentStore = documentStore(),
): Promise<{ id: string; versionNumber: number }> {
  const user = assertRole(actor, OFFICE_ROLES);
  await liveAgreement(agreementId);
  const problem = uploadProblem(file, env().MERIDIAN_MAX_UPLOAD_MB * 1024 * 1024);
  if (problem) throw new AppError("INVALID", `upload refused: ${problem}`, { name: "file", messageKey: problem });

  const fileName = cleanFileName(file.name);
  const storageKey = `agreements/${agreementId}/${crypto.randomUUID()}.pdf`;
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  await store.put(storageKey, file.bytes, PDF);
  try {
    return await db().$transaction(async (tx) => {
      // One upload at a time per agreement, so version numbers never collide.
      await tx.$queryRaw`SELECT id FROM "Agreement" WHERE id = ${agreementId}::uuid FOR UPDATE`;
      const last = await tx.agreementDocument.aggregate({ where: { agreementId }, _max: { versionNumber: true } });
      const versionNumber = (last._max.versionNumber ?? 0) + 1;
      const document = await tx.agreementDocument.create({
        data: { agreementId, versionNumber, fileName, contentType: PDF, sizeBytes: file.bytes.length, sha256, storageKey, uploadedById: user.id },
        select: { id: true, versionNumber: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "UPDATE",
        entityType: "Agreement",
        entityId: agreementId,
        changes: { document: [null, `v${versionNumber} ${fileName}`] },
      });
      return document;
    });
  } catch (error) {
    await store.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

/** A document to download: its name, size and bytes. NOT_FOUND when it or its agreement is gone. */
export async function openAgreementDocument(
  actor: Actor | null,
  agreementId: string,
  documentId: string,
  store: DocumentStore = documentStore(),
): Promise<{ fileName: string; sizeBytes: number; contentType: string; body: ReadableStream<Uint8Array> }> {
  assertRole(actor, OFFICE_ROLES);
  if (!isUuid(agreementId) || !isUuid(documentId)) throw new AppError("NOT_FOUND");
  const document = await db().agreementDocument.findFirst({
    where: { id: documentId, agreementId, deletedAt: null, agreement: { deletedAt: null } },
    select: { fileName: true, sizeBytes: true, contentType: true, storageKey: true },
  });
  if (!document) throw new AppError("NOT_FOUND");
  const body = await store.get(document.storageKey);
  if (!body) throw new Error(`document ${documentId}: stored file ${document.storageKey} is missing`);
  return { fileName: document.fileName, sizeBytes: document.sizeBytes, contentType: document.contentType, body };
}

/** Takes a version off the list (soft: the file and row stay, for the audit trail). */
export async function removeAgreementDocument(actor: Actor | null, agreementId: string, documentId: string): Promise<void> {
  const user = assertRole(actor, OFFICE_ROLES);
  if (!isUuid(agreementId) || !isUuid(documentId)) throw new AppError("NOT_FOUND");
  await db().$transaction(async (tx) => {
    const document = await tx.agreementDocument.findFirst({
      where: { id: documentId, agreementId, deletedAt: null, agreement: { deletedAt: null } },
      select: { versionNumber: true, fileName: true },
    });
    if (!document) throw new AppError("NOT_FOUND");
    await tx.agreementDocument.update({ where: { id: documentId }, data: { deletedAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "UPDATE",
      entityType: "Agreement",
      entityId: agreementId,
      changes: { document: [`v${document.versionNumber} ${document.fileName}`, null] },
    });
  });
}
