import { expect, test } from "@playwright/test";
import { createAgreement, createMobilityTerm } from "@/lib/seed/agreements";
import { storageStateFor } from "./accounts";
import { e2eDb } from "./support/database";

// A mobility term's language and academic years read as people write them, in the form and
// on the agreement's page: "German", "2025/26", not "de" and "2025".

test.use({ storageState: storageStateFor("staff") });

/** An agreement with one partner and one term going there: a term runs between us and a partner. */
async function agreementWithTerm(term: Parameters<typeof createMobilityTerm>[2]) {
  const partner = await e2eDb().partner.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { nameEn: "asc" }, select: { id: true } });
  const agreement = await createAgreement(e2eDb(), { title: `Terms ${crypto.randomUUID().slice(0, 8)}`, partnerIds: [partner.id] });
  await createMobilityTerm(e2eDb(), agreement.id, { receivingPartnerId: partner.id, ...term });
  return agreement;
}

test("the term's language and years are chosen by name and shown by name", async ({ page }) => {
  const agreement = await agreementWithTerm({ fromAcademicYear: 2025, toAcademicYear: 2029, languageCode: "de", cefrLevel: "B2" });

  await page.goto(`/agreements/${agreement.id}`);
  const terms = page.getByRole("table", { name: "Mobility terms" });
  await expect(terms).toContainText("2025/26 – 2029/30");
  await expect(terms).toContainText("German · B2");

  await page.goto(`/agreements/${agreement.id}/edit`);
  const row = page.getByRole("group", { name: "Mobility term 1" });
  await expect(row.getByLabel("Language")).toHaveValue("de");
  await expect(row.getByLabel("Language").locator("option:checked")).toHaveText("German");
  await expect(row.getByLabel("From academic year").locator("option:checked")).toHaveText("2025/26");
  await row.getByLabel("Language").selectOption({ label: "French" });
  await row.getByLabel("To academic year").selectOption({ label: "2030/31" });
  await page.getByRole("button", { name: "Save agreement" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(terms).toContainText("French · B2");
  await expect(terms).toContainText("2025/26 – 2030/31");
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("the language is named in Chinese", async ({ page }) => {
    const agreement = await agreementWithTerm({ languageCode: "de", cefrLevel: null });
    await page.goto(`/agreements/${agreement.id}`);
    await expect(page.getByRole("table").filter({ hasText: "德语" })).toBeVisible();
  });
});
