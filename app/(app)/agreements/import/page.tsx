import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportPage } from "@/app/(app)/_components/import-page";
import { Card } from "@/components/card";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { AGREEMENT_IMPORT_DEFAULTS, AGREEMENT_IMPORT_FIELDS, REQUIRED_AGREEMENT_FIELDS } from "@/lib/import/agreement-import";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreementImport"))("title") };
}

export default async function ImportAgreementsPage() {
  await requirePageAccess("/agreements", "/agreements/import");
  const [t, tAgreements] = await Promise.all([getTranslations("agreementImport"), getTranslations("agreements")]);
  const fields = AGREEMENT_IMPORT_FIELDS.map((field) => ({
    key: field,
    label: t(`fields.${field}`),
    isRequired: REQUIRED_AGREEMENT_FIELDS.includes(field),
    whenEmpty: field === "status" ? tAgreements(`statuses.${AGREEMENT_IMPORT_DEFAULTS.status}`) : undefined,
  }));
  return (
    <ImportPage kind="agreements" title={t("title")} intro={t("intro")} back={t("back")} template={t("template")} fields={fields}>
      <Card title={t("statusTitle")}>
        <div className="flex flex-col gap-3 text-sm text-slate-700">
          <p>{t("statusRule")}</p>
          <p>{t("noTerms")}</p>
        </div>
      </Card>
      <Card title={t("columnsTitle")}>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[minmax(10rem,14rem)_1fr]">
          {AGREEMENT_IMPORT_FIELDS.map((field) => (
            <div key={field} className="contents">
              <dt className="font-medium text-slate-800">{t(`fields.${field}`)}</dt>
              <dd className="-mt-2 text-slate-600 sm:mt-0">{t(`hints.${field}`)}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </ImportPage>
  );
}
