import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PublicFrame } from "@/app/_components/public-frame";
import { Alert } from "@/components/alert";
import { LinkButton } from "@/components/button";
import { getInvitation } from "@/lib/data/invitations";
import { SetPasswordForm } from "./set-password-form";

// Public: the link's token is the credential. It must not travel on in a Referer header
// nor be indexed.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitation"))("title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitation(token);
  const t = await getTranslations();
  const format = await getFormatter();

  return (
    <PublicFrame>
      <div className="w-full max-w-md rounded-card border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        {invitation.status === "valid" ? (
          <>
            <h1 className="text-xl font-semibold tracking-tight text-slate-900">{t("invitation.title")}</h1>
            <p className="mt-1 text-sm [overflow-wrap:anywhere] text-slate-600">{t("invitation.intro", { name: invitation.name, email: invitation.email })}</p>
            <p className="mb-6 mt-1 text-sm text-slate-600">
              {t("invitation.validUntil", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}
            </p>
            <SetPasswordForm token={token} email={invitation.email} />
          </>
        ) : (
          <>
            <h1 className="mb-4 text-xl font-semibold tracking-tight text-slate-900">{t(`invitation.${invitation.status}.title`)}</h1>
            <Alert tone={invitation.status === "used" ? "info" : "warning"}>{t(`invitation.${invitation.status}.body`)}</Alert>
            <LinkButton href="/login" variant="secondary" className="mt-6 w-full">
              {t("invitation.signIn")}
            </LinkButton>
          </>
        )}
      </div>
    </PublicFrame>
  );
}
