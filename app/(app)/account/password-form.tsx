"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/alert";
import { SubmitButton } from "@/components/button";
import { TextField } from "@/components/field";
import { FormError } from "@/components/form-error";
import { changeOwnPassword } from "@/lib/actions/account";

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations("account.password");
  const [state, action] = useActionState(changeOwnPassword, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {state?.ok && state.message ? (
        <div role="status">
          <Alert tone="success">{state.message}</Alert>
        </div>
      ) : null}
      <FormError message={state && !state.ok ? state.formError : undefined} />
      {/* The account's email lets password managers file the new password under it. */}
      <input type="email" name="username" autoComplete="username" defaultValue={email} hidden readOnly />
      <TextField label={t("current")} name="currentPassword" type="password" autoComplete="current-password" isRequired errorMessage={errors.currentPassword} />
      <TextField label={t("new")} name="newPassword" type="password" autoComplete="new-password" isRequired description={t("newHint")} errorMessage={errors.newPassword} />
      <TextField label={t("confirm")} name="confirmPassword" type="password" autoComplete="new-password" isRequired errorMessage={errors.confirmPassword} />
      <div>
        <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
