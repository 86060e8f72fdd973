import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/app/(app)/_components/back-link";
import { PageHeader } from "@/app/(app)/_components/page-header";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { AgreementForm } from "../_components/agreement-form";
import { emptyFormRecord, formChoices } from "../_components/form-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements.form"))("createTitle") };
}

export default async function NewAgreementPage() {
  const actor = await requirePageAccess("/agreements", "/agreements/new");
  const [t, choices] = await Promise.all([getTranslations("agreements.form"), formChoices(actor, await getLocale())]);
  return (
    <div className="mx-auto max-w-4xl">
      <BackLink href="/agreements" label={t("back")} />
      <PageHeader title={t("createTitle")} description={t("createDescription")} />
      <AgreementForm record={emptyFormRecord(actor)} owners={choices.owners} faculties={choices.faculties} cancelHref="/agreements" />
    </div>
  );
}
