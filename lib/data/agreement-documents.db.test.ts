import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAgreement } from "@/lib/seed/agreements";
import { createDemoUser } from "@/lib/seed/users";
import type { DocumentStore } from "@/lib/storage/document-store";
import { LocalDocumentStore } from "@/lib/storage/local-store";
import { S3DocumentStore } from "@/lib/storage/s3-store";
import { addAgreementDocument, listAgreementDocuments, openAgreementDocument, removeAgreementDocument } from "./agreement-documents";
import type { Actor } from "./current-user";

// Agreement documents through the data layer, on both stores: a folder, and a real
// S3-compatible server (s3rver) driven by the official AWS SDK.

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\ntrailer\n<<>>\n%%EOF\n`);
const text = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

let staff: Actor;
const folder = mkdtempSync(join(tmpdir(), "meridian-documents-"));
const s3Folder = mkdtempSync(join(tmpdir(), "meridian-s3-"));
const s3 = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: s3Folder });
const stores: Record<string, DocumentStore> = { folder: new LocalDocumentStore(folder) };

beforeAll(async () => {
  staff = { ...(await createDemoUser(db(), { email: `docs-${crypto.randomUUID()}@example.edu`, role: "STAFF" })), locale: null };
  const { port } = await s3.run();
  const options = { endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } };
  await new S3Client(options).send(new CreateBucketCommand({ Bucket: "meridian-test" }));
  stores.s3 = new S3DocumentStore({ bucket: "meridian-test", ...options });
});

afterAll(async () => {
  await s3.close();
  rmSync(folder, { recursive: true, force: true });
  rmSync(s3Folder, { recursive: true, force: true });
});

describe.each(["folder", "s3"])("agreement documents in the %s store", (name) => {
  const store = () => stores[name]!;

  it("keeps versions, newest first, and gives back the exact bytes", async () => {
    const agreement = await createAgreement(db());
    await addAgreementDocument(staff, agreement.id, { name: "draft.pdf", bytes: pdf("first") }, store());
    const second = await addAgreementDocument(staff, agreement.id, { name: "C:\\scans\\签字版.PDF", bytes: pdf("signed") }, store());
    expect(second.versionNumber).toBe(2);

    const list = await listAgreementDocuments(staff, agreement.id);
    expect(list.map((row) => [row.versionNumber, row.fileName, row.uploadedBy])).toEqual([
      [2, "签字版.pdf", staff.name],
      [1, "draft.pdf", staff.name],
    ]);
    const opened = await openAgreementDocument(staff, agreement.id, second.id, store());
    expect(await text(opened.body)).toContain("% signed");
    expect(opened).toMatchObject({ fileName: "签字版.pdf", contentType: "application/pdf", sizeBytes: pdf("signed").length });
  });

  it("refuses what is not a PDF, with the reason on the file field, and stores nothing", async () => {
    const agreement = await createAgreement(db());
    const zip = new TextEncoder().encode("PK\u0003\u0004 not a pdf");
    await expect(addAgreementDocument(staff, agreement.id, { name: "contract.pdf", bytes: zip }, store())).rejects.toMatchObject({
      code: "INVALID",
      field: { name: "file", messageKey: "notPdf" },
    });
    await expect(addAgreementDocument(staff, agreement.id, { name: "empty.pdf", bytes: new Uint8Array() }, store())).rejects.toMatchObject({
      field: { messageKey: "empty" },
    });
    await expect(addAgreementDocument(staff, agreement.id, { name: "", bytes: new Uint8Array() }, store())).rejects.toMatchObject({
      field: { messageKey: "required" },
    });
    expect(await listAgreementDocuments(staff, agreement.id)).toEqual([]);
  });

  it("a removed version leaves the list, cannot be downloaded, and both steps are in the agreement's history", async () => {
    const agreement = await createAgreement(db());
    const document = await addAgreementDocument(staff, agreement.id, { name: "wrong file.pdf", bytes: pdf("wrong") }, store());
    await removeAgreementDocument(staff, agreement.id, document.id);
    expect(await listAgreementDocuments(staff, agreement.id)).toEqual([]);
    await expect(openAgreementDocument(staff, agreement.id, document.id, store())).rejects.toMatchObject({ code: "NOT_FOUND" });
    const history = await db().auditEvent.findMany({ where: { entityType: "Agreement", entityId: agreement.id }, orderBy: { id: "asc" } });
    expect(history.map((event) => event.changes)).toEqual([{ document: [null, "v1 wrong file.pdf"] }, { document: ["v1 wrong file.pdf", null] }]);
  });
});

describe("documents follow their agreement", () => {
  it("a document of another agreement, or of a deleted one, is not found", async () => {
    const [one, other] = [await createAgreement(db()), await createAgreement(db())];
    const document = await addAgreementDocument(staff, one.id, { name: "a.pdf", bytes: pdf("a") }, stores.folder);
    await expect(openAgreementDocument(staff, other.id, document.id, stores.folder)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db().agreement.update({ where: { id: one.id }, data: { deletedAt: new Date() } });
    await expect(openAgreementDocument(staff, one.id, document.id, stores.folder)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addAgreementDocument(staff, one.id, { name: "b.pdf", bytes: pdf("b") }, stores.folder)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an id that is not a UUID (an edited URL) is not found, rather than a database error", async () => {
    const agreement = await createAgreement(db());
    const document = await addAgreementDocument(staff, agreement.id, { name: "a.pdf", bytes: pdf("a") }, stores.folder);
    await expect(openAgreementDocument(staff, agreement.id, "not-a-uuid", stores.folder)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openAgreementDocument(staff, "x", document.id, stores.folder)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeAgreementDocument(staff, agreement.id, "1'; --")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addAgreementDocument(staff, "x", { name: "b.pdf", bytes: pdf("b") }, stores.folder)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the folder store keeps files only under names Meridian made", () => {
    const names = readdirSync(folder, { recursive: true }).map(String);
    expect(names.filter((file) => file.endsWith(".pdf")).every((file) => /^agreements\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.pdf$/.test(file))).toBe(true);
  });
});
