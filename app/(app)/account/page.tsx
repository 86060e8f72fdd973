import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/alert";
import { Badge } from "@/components/badge";
import { Card } from "@/components/card";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getAccountSecurity } from "@/lib/data/account";
import { PageHeader } from "../_components/page-header";
import { PasswordForm } from "./password-form";
import { QrCode } from "./qr-code";
import { SignOutEverywhere } from "./sign-out-everywhere";
import { TwoFactorSection } from "./two-factor-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

/** The signed-in user's own account, for every role: password, two-factor sign-in, sessions. */
export default async function AccountPage() {
  const actor = await requirePageAccess("/account");
  const [security, t, format] = await Promise.all([getAccountSecurity(actor), getTranslations("account"), getFormatter()]);
  const enabledAt = security.twoFactorEnabledAt;

  return (
    <>
      <PageHeader title={t("title")} description={t("signedInAs", { email: actor.email })} />
      <div className="flex max-w-3xl flex-col gap-6">
        {actor.twoFactorPending ? (
          <Alert tone="warning" title={t("requiredNotice.title")}>
            {t("requiredNotice.body")}
          </Alert>
        ) : null}

        <Card
          title={t("twoFactor.title")}
          description={t("twoFactor.description")}
          actions={
            <Badge tone={enabledAt ? "success" : "neutral"} hasDot>
              {enabledAt ? t("twoFactor.on") : t("twoFactor.off")}
            </Badge>
          }
        >
          <TwoFactorSection
            status={enabledAt ? format.dateTime(enabledAt, { dateStyle: "long" }) : null}
            recoveryCodesLeft={security.recoveryCodesLeft}
            enrolment={
              security.enrolment
                ? { secret: security.enrolment.secret, qrCode: <QrCode value={security.enrolment.uri} label={t("twoFactor.qrLabel")} /> }
                : null
            }
          />
        </Card>

        <Card title={t("password.title")} description={t("password.description")}>
          <PasswordForm email={actor.email} />
        </Card>

        <Card title={t("sessions.title")} description={t("sessions.description")}>
          <SignOutEverywhere />
        </Card>
      </div>
    </>
  );
}
