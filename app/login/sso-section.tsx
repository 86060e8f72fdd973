import { getTranslations } from "next-intl/server";
import { FormError } from "@/components/form-error";
import { ssoConfigFrom, SSO_PROVIDER_ID } from "@/lib/auth/sso-config";
import { env } from "@/lib/env";
import { SsoButton } from "./sso-button";

// The single sign-on part of the login page: nothing unless it is configured; then the
// button, a divider above the password form, and the message for a refused sign-in
// (lib/auth/sso-provider.ts sends ?error=Sso…; next-auth's own failures use other codes).
const MESSAGES = { SsoNotRegistered: "notRegistered", SsoDisabled: "disabled" } as const;

export async function SsoSection({ error, callbackUrl }: { error?: string; callbackUrl: string }) {
  const config = ssoConfigFrom(env());
  if (!config) return null;
  const t = await getTranslations("sso");
  const key = error && Object.hasOwn(MESSAGES, error) ? MESSAGES[error as keyof typeof MESSAGES] : "failed";
  const message = error ? t(key) : null;

  return (
    <div className="mb-6 flex flex-col gap-4">
      {message ? <FormError>{message}</FormError> : null}
      <SsoButton providerId={SSO_PROVIDER_ID} label={config.buttonLabel ?? t("button")} callbackUrl={callbackUrl} />
      <p className="flex items-center gap-3 text-sm text-slate-500">
        <span aria-hidden="true" className="h-px flex-1 bg-slate-200" />
        {t("or")}
        <span aria-hidden="true" className="h-px flex-1 bg-slate-200" />
      </p>
    </div>
  );
}
