import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/app/(app)/_components/back-link";
import { PageHeader } from "@/app/(app)/_components/page-header";
import { Card } from "@/components/card";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listPartnerFacets } from "@/lib/data/partners";
import { PartnerForm } from "../_components/partner-form";
import { partnerFormOptions } from "../_components/partner-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerRecord.create"))("title") };
}

export default async function NewPartnerPage() {
  const actor = await requirePageAccess("/partners", "/partners/new");
  const [t, options, facets] = await Promise.all([getTranslations("partnerRecord"), partnerFormOptions(), listPartnerFacets(actor)]);
  return (
    <div className="mx-auto max-w-3xl">
      <BackLink href="/partners" label={t("back")} />
      <PageHeader title={t("create.title")} description={t("create.description")} />
      <Card>
        <PartnerForm
          initial={{ nameEn: "", nameNative: "", otherNames: "", acronym: "", kind: "UNIVERSITY", country: "", city: "", website: "", rorId: "", erasmusCode: "", status: "ACTIVE", tags: "", notes: "" }}
          options={options}
          tagSuggestions={facets.tags}
          cancelHref="/partners"
        />
      </Card>
    </div>
  );
}
