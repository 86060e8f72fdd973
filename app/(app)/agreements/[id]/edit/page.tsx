import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/app/(app)/_components/back-link";
import { PageHeader } from "@/app/(app)/_components/page-header";
import { Alert } from "@/components/alert";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { AgreementForm } from "../../_components/agreement-form";
import { formChoices, formRecordOf } from "../../_components/form-data";
import { loadAgreement } from "../../_components/load";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements.detail"))("edit") };
}

export default async function EditAgreementPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageAccess("/agreements", `/agreements/${encodeURIComponent(id)}/edit`);
  const agreement = await loadAgreement(actor, id);
  const [t, choices, query] = await Promise.all([getTranslations("agreements.form"), formChoices(actor, await getLocale()), searchParams]);
  return (
    <div className="mx-auto max-w-4xl">
      <BackLink href={`/agreements/${agreement.id}`} label={t("backToRecord")} />
      <PageHeader title={t("editTitle", { reference: agreement.referenceNumber })} description={agreement.title} />
      {query.renewed ? (
        <Alert tone="info" className="mb-4">
          {t("renewedNotice")}
        </Alert>
      ) : null}
      <AgreementForm record={formRecordOf(agreement)} owners={choices.owners} faculties={choices.faculties} cancelHref={`/agreements/${agreement.id}`} />
    </div>
  );
}
