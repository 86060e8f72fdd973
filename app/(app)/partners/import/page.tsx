import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportPage } from "@/app/(app)/_components/import-page";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { PARTNER_IMPORT_DEFAULTS, PARTNER_IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type PartnerImportField } from "@/lib/import/partner-import";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerImport"))("title") };
}

export default async function ImportPartnersPage() {
  await requirePageAccess("/partners", "/partners/import");
  const [t, tFields, tPartners] = await Promise.all([getTranslations("partnerImport"), getTranslations("partnerRecord.fields"), getTranslations("partners")]);
  const whenEmpty: Partial<Record<PartnerImportField, string>> = {
    kind: tPartners(`kinds.${PARTNER_IMPORT_DEFAULTS.kind}`),
    status: tPartners(`statuses.${PARTNER_IMPORT_DEFAULTS.status}`),
  };
  const hint: Partial<Record<PartnerImportField, string>> = { nameChinese: tFields("nameChineseHint") };
  const fields = PARTNER_IMPORT_FIELDS.map((field) => ({ key: field, label: tFields(field), isRequired: REQUIRED_IMPORT_FIELDS.includes(field), whenEmpty: whenEmpty[field], hint: hint[field] }));
  return <ImportPage kind="partners" title={t("title")} intro={t("intro")} back={t("back")} template={t("template")} fields={fields} />;
}
