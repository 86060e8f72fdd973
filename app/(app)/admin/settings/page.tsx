import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/card";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getSecuritySettings } from "@/lib/data/settings";
import { PageHeader } from "../../_components/page-header";
import { SecuritySettingsForm } from "./security-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.settings"))("title") };
}

export default async function SettingsPage() {
  const actor = await requirePageAccess("/admin/settings");
  const [settings, t] = await Promise.all([getSecuritySettings(actor), getTranslations("account.settings")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="max-w-3xl">
        <Card title={t("securityTitle")}>
          <SecuritySettingsForm requireTwoFactor={settings.requireTwoFactor} />
        </Card>
      </div>
    </>
  );
}
