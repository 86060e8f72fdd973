import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./accounts";
import { expectNoAxeViolations } from "./admin-helpers";
import { e2eDatabase } from "./support/database";

// Signed scans on an agreement's page, as a staff member: upload versions, download them,
// have a non-PDF refused next to the field, and remove a version. Nobody else gets a file.

test.use({ storageState: storageStateFor("staff") });
test.describe.configure({ timeout: 120_000 });

const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n`);

async function someAgreement() {
  const db = await e2eDatabase();
  return db.agreement.findFirstOrThrow({ where: { deletedAt: null, status: "ACTIVE" }, orderBy: { referenceNumber: "asc" }, select: { id: true } });
}

test("staff upload signed scans as versions, download them, and a renamed file is refused", async ({ page }) => {
  const { id } = await someAgreement();
  await page.goto(`/agreements/${id}`);
  const documents = page.getByRole("region", { name: "Documents" });

  await documents.getByLabel("Add a version").setInputFiles({ name: "contract.pdf", mimeType: "application/pdf", buffer: Buffer.from("PK\u0003\u0004 a zip file renamed") });
  await documents.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This file is not a PDF" })).toBeVisible();
  // An empty file is not "no file": the message says which.
  await documents.getByLabel("Add a version").setInputFiles({ name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  await documents.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This file is empty. Choose the signed PDF again." })).toBeVisible();

  await page.getByRole("region", { name: "Documents" }).getByLabel("Add a version").setInputFiles({ name: "签字版 2026.pdf", mimeType: "application/pdf", buffer: pdf("signed") });
  await page.getByRole("region", { name: "Documents" }).getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Document uploaded." })).toBeVisible();
  const link = page.getByRole("link", { name: "Download 签字版 2026.pdf" });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("签字版 2026.pdf");
  expect((await readFile((await download.path()) ?? "")).toString()).toContain("% signed");

  // The history says so.
  await expect(page.getByRole("list", { name: "History" })).toContainText("签字版 2026.pdf");
});

test("a 15 MB scan, over Next's 10 MB proxy buffer and under the 20 MB limit, arrives whole", async ({ page }) => {
  const { id } = await someAgreement();
  await page.goto(`/agreements/${id}`);
  const documents = page.getByRole("region", { name: "Documents" });
  const name = `large-${crypto.randomUUID().slice(0, 6)}.pdf`;
  const padding = Buffer.alloc(15 * 1024 * 1024, "0");
  const large = Buffer.concat([Buffer.from("%PDF-1.7\n% "), padding, Buffer.from("\ntrailer\n<<>>\n%%EOF\n")]);
  await documents.getByLabel("Add a version").setInputFiles({ name, mimeType: "application/pdf", buffer: large });
  await documents.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Document uploaded." })).toBeVisible();
  const link = page.getByRole("link", { name: `Download ${name}` });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect((await readFile((await download.path()) ?? "")).length).toBe(large.length);
});

test("removing a version takes it off the list and its link stops working", async ({ page, request }) => {
  const { id } = await someAgreement();
  await page.goto(`/agreements/${id}`);
  const documents = page.getByRole("region", { name: "Documents" });
  const name = `wrong-${crypto.randomUUID().slice(0, 6)}.pdf`;
  await documents.getByLabel("Add a version").setInputFiles({ name, mimeType: "application/pdf", buffer: pdf("wrong") });
  await documents.getByRole("button", { name: "Upload" }).click();
  const link = page.getByRole("link", { name: `Download ${name}` });
  const href = (await link.getAttribute("href")) ?? "";
  expect((await request.get(href)).status()).toBe(200);

  await page.getByRole("button", { name: new RegExp(`^Remove version \\d+ \\(${name.replace(".", "\\.")}\\)$`) }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove version" }).click();
  await expect(link).toHaveCount(0);
  expect((await request.get(href)).status()).toBe(404);
});

test("students and visitors get no document, and cannot upload one", async ({ browser, baseURL }) => {
  const { id } = await someAgreement();
  const db = await e2eDatabase();
  const document = await db.agreementDocument.findFirst({ where: { agreementId: id, deletedAt: null }, select: { id: true } });
  const path = `/agreements/${id}/documents/${document?.id ?? crypto.randomUUID()}`;
  for (const storageState of [storageStateFor("student"), { cookies: [], origins: [] }]) {
    const context = await browser.newContext({ storageState, baseURL });
    const download = await context.request.get(path, { maxRedirects: 0 });
    expect([401, 404, 307]).toContain(download.status());
    const upload = await context.request.post(`/agreements/${id}/documents`, {
      headers: { Origin: new URL(baseURL ?? "").origin },
      multipart: { file: { name: "x.pdf", mimeType: "application/pdf", buffer: pdf("intruder") } },
      maxRedirects: 0,
    });
    expect([401, 404, 307]).toContain(upload.status());
    await context.close();
  }
  expect(await db.agreementDocument.count({ where: { agreementId: id, fileName: "x.pdf" } })).toBe(0);
});
