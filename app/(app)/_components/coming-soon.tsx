import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { requirePageAccess } from "@/lib/auth/page-guard";
import type { AppHref } from "@/lib/auth/routes";
import { PageHeader } from "./page-header";

type PageKey = "partners" | "agreements" | "exchanges" | "visits" | "experts" | "programmes" | "opportunities" | "applications" | "users" | "audit";

/** The page a route shows until its feature lands: what will be there, behind the real access check. */
export function comingSoonPage(href: AppHref, key: PageKey) {
  async function generateMetadata(): Promise<Metadata> {
    const t = await getTranslations(`pages.${key}`);
    return { title: t("title") };
  }
  async function Page() {
    await requirePageAccess(href);
    const t = await getTranslations("pages");
    return (
      <>
        <PageHeader title={t(`${key}.title`)} description={t(`${key}.description`)} />
        <EmptyState title={t("comingSoon")} />
      </>
    );
  }
  return { generateMetadata, Page };
}
