"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/alert";
import { LinkButton, SubmitButton } from "@/components/button";
import { TextField } from "@/components/field";
import { FormError } from "@/components/form-error";
import { acceptInvitationAction } from "@/lib/actions/invitation";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invitation");
  const [state, action] = useActionState(acceptInvitationAction, null);

  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4" role="status">
        <Alert tone="success" title={t("done.title")}>
          {t("done.body")}
        </Alert>
        <LinkButton href="/login" size="lg" className="w-full">
          {t("signIn")}
        </LinkButton>
      </div>
    );
  }

  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <FormError message={failed?.formError} />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        description={t("passwordHint")}
        autoComplete="new-password"
        isRequired
        autoFocus
        errorMessage={failed?.fieldErrors.password}
      />
      <TextField name="confirm" type="password" label={t("confirm")} autoComplete="new-password" isRequired errorMessage={failed?.fieldErrors.confirm} />
      <SubmitButton size="lg" pendingLabel={t("submitting")} className="mt-2 w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
