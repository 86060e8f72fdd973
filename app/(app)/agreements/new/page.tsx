import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
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
      <Link href="/agreements" className="mb-3 inline-flex items-center gap-1 rounded text-sm text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600">
        <span aria-hidden="true">←</span> {t("back")}
      </Link>
      <PageHeader title={t("createTitle")} description={t("createDescription")} />
      <AgreementForm record={emptyFormRecord(actor)} owners={choices.owners} faculties={choices.faculties} cancelHref="/agreements" />
    </div>
  );
}
