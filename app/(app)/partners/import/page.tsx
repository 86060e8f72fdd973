import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/(app)/_components/page-header";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { PARTNER_IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS } from "@/lib/import/partner-import";
import { BackLink } from "../_components/back-link";
import { ImportWizard } from "./import-wizard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerImport"))("title") };
}

export default async function ImportPartnersPage() {
  await requirePageAccess("/partners", "/partners/import");
  const [t, tFields] = await Promise.all([getTranslations("partnerImport"), getTranslations("partnerRecord.fields")]);
  const fields = PARTNER_IMPORT_FIELDS.map((field) => ({ key: field, label: tFields(field), isRequired: REQUIRED_IMPORT_FIELDS.includes(field) }));
  return (
    <div className="mx-auto max-w-4xl">
      <BackLink href="/partners" label={t("back")} />
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          <a href="/partners/import/template" download className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            {t("template")}
          </a>
        }
      />
      <ImportWizard fields={fields} />
    </div>
  );
}
