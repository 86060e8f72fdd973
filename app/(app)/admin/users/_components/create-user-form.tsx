"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { CheckboxField, RadioCards } from "@/app/(app)/admin/_components/choice-fields";
import { OnceSecret } from "@/app/(app)/admin/_components/once-secret";
import { Alert } from "@/components/alert";
import { Button, LinkButton, SubmitButton } from "@/components/button";
import { TextField } from "@/components/field";
import { FormError } from "@/components/form-error";
import { Select, type SelectOption } from "@/components/select";
import { createUserAction } from "@/lib/actions/admin-users";

/** The create form, and after success the one-time password or link, shown once. */
export function CreateUserPanel({ roles }: { roles: readonly SelectOption[] }) {
  // A new key mounts a fresh form (and forgets the shown secret) for "create another".
  const [round, setRound] = useState(0);
  return <CreateUserForm key={round} roles={roles} onAnother={() => setRound((n) => n + 1)} />;
}

function CreateUserForm({ roles, onAnother }: { roles: readonly SelectOption[]; onAnother: () => void }) {
  const t = useTranslations("adminUsers");
  const [state, action] = useActionState(createUserAction, null);

  if (state?.ok && state.once) {
    return (
      <div className="flex flex-col gap-5">
        <Alert tone="success" title={t("created.title")} />
        <OnceSecret once={state.once} />
        <div className="flex flex-col gap-2 border-t border-slate-200 pt-4 sm:flex-row">
          <LinkButton href={`/admin/users/${state.once.userId}`}>{t("created.openUser")}</LinkButton>
          <Button variant="secondary" onPress={onAnother}>
            {t("created.another")}
          </Button>
        </div>
      </div>
    );
  }

  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormError message={failed?.formError} />
      <TextField name="name" label={t("create.name")} isRequired autoComplete="off" defaultValue={values.name ?? ""} errorMessage={errors.name} />
      <TextField
        name="email"
        type="email"
        label={t("create.email")}
        description={t("create.emailHint")}
        isRequired
        autoComplete="off"
        defaultValue={values.email ?? ""}
        errorMessage={errors.email}
      />
      <Select
        name="role"
        label={t("create.role")}
        placeholder={t("create.rolePlaceholder")}
        options={roles}
        isRequired
        defaultValue={values.role ?? null}
        errorMessage={errors.role}
      />
      <RadioCards
        legend={t("create.method")}
        name="method"
        defaultValue={values.method ?? "invitation"}
        choices={[
          { value: "invitation", label: t("create.methodInvitation"), description: t("create.methodInvitationHint") },
          { value: "password", label: t("create.methodPassword"), description: t("create.methodPasswordHint") },
        ]}
        footnote={t("create.shownOnce")}
      />
      <CheckboxField name="ssoLinkAllowed" label={t("create.sso")} description={t("create.ssoHint")} defaultChecked={values.ssoLinkAllowed === "on"} />
      <div className="flex flex-col-reverse gap-2 border-t border-slate-200 pt-4 sm:flex-row sm:justify-end">
        <LinkButton href="/admin/users" variant="secondary">
          {t("create.cancel")}
        </LinkButton>
        <SubmitButton pendingLabel={t("create.submitting")}>{t("create.submit")}</SubmitButton>
      </div>
    </form>
  );
}
