import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/app/(app)/_components/back-link";
import { PageHeader } from "@/app/(app)/_components/page-header";
import { Card } from "@/components/card";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listPartnerFacets } from "@/lib/data/partners";
import { PartnerForm } from "../../_components/partner-form";
import { partnerFormOptions } from "../../_components/partner-options";
import { loadPartner, partnerName } from "../load";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const name = await partnerName((await params).id);
  return name ? { title: (await getTranslations("partnerRecord.edit"))("title", { name }) } : {};
}

export default async function EditPartnerPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageAccess("/partners", `/partners/${encodeURIComponent(id)}/edit`);
  const [partner, t, options, facets] = await Promise.all([loadPartner(actor, id), getTranslations("partnerRecord"), partnerFormOptions(), listPartnerFacets(actor)]);
  const text = (value: string | null) => value ?? "";
  return (
    <div className="mx-auto max-w-3xl">
      <BackLink href={`/partners/${partner.id}`} label={t("backToPartner")} />
      <PageHeader title={t("edit.title", { name: partner.nameEn })} description={t("edit.description")} />
      <Card>
        <PartnerForm
          record={{ id: partner.id, version: partner.version }}
          initial={{
            nameEn: partner.nameEn,
            nameNative: text(partner.nameNative),
            otherNames: text(partner.otherNames),
            acronym: text(partner.acronym),
            kind: partner.kind,
            country: partner.country,
            city: text(partner.city),
            website: text(partner.website),
            rorId: text(partner.rorId),
            erasmusCode: text(partner.erasmusCode),
            status: partner.status,
            tags: partner.tags.join(", "),
            notes: text(partner.notes),
          }}
          options={options}
          tagSuggestions={facets.tags}
          cancelHref={`/partners/${partner.id}`}
        />
      </Card>
    </div>
  );
}
