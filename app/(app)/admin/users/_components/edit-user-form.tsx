"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxField } from "@/app/(app)/admin/_components/choice-fields";
import { Alert } from "@/components/alert";
import { ConflictNotice } from "@/components/conflict-notice";
import { SubmitButton } from "@/components/button";
import { TextField } from "@/components/field";
import { FormError } from "@/components/form-error";
import { Select, type SelectOption } from "@/components/select";
import { updateUserAction } from "@/lib/actions/admin-users";
import type { Role } from "@/lib/generated/prisma/enums";

export type EditableUser = { id: string; name: string; role: Role; ssoLinkAllowed: boolean; version: number; isLastActiveAdmin: boolean };

export function EditUserForm({ user, roles }: { user: EditableUser; roles: readonly SelectOption[] }) {
  const t = useTranslations("adminUsers");
  const [state, action] = useActionState(updateUserAction, null);
  const failed = state && !state.ok ? state : null;
  // After a failure show what was typed; after a save, the saved record (re-rendered by the server).
  const values = failed?.values;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={values?.version ?? user.version} />
      {failed?.conflict ? (
        <ConflictNotice
          conflict={failed.conflict}
          labels={{ name: t("edit.name"), role: t("edit.role"), ssoLinkAllowed: t("create.sso") }}
          display={(field, value) => (field === "role" ? (roles.find((role) => role.id === value)?.label ?? value) : field === "ssoLinkAllowed" ? t(value === "true" ? "edit.yes" : "edit.no") : value)}
        />
      ) : (
        <FormError message={failed?.formError} />
      )}
      {state?.ok ? (
        <p role="status" className="text-sm font-medium text-success-700">
          {t("edit.saved")}
        </p>
      ) : null}
      <TextField name="name" label={t("edit.name")} isRequired autoComplete="off" defaultValue={values?.name ?? user.name} errorMessage={errors.name} />
      {user.isLastActiveAdmin ? (
        <>
          {/* The one active admin keeps the role: the field is shown, locked, with the reason. */}
          <input type="hidden" name="role" value={user.role} />
          <Select name="role-locked" label={t("edit.role")} placeholder={t("edit.role")} options={roles} defaultValue={user.role} isDisabled />
          <Alert tone="info">{t("edit.lastAdmin")}</Alert>
        </>
      ) : (
        <Select
          name="role"
          label={t("edit.role")}
          placeholder={t("edit.role")}
          options={roles}
          isRequired
          defaultValue={values?.role ?? user.role}
          description={t("edit.roleHint")}
          errorMessage={errors.role}
        />
      )}
      <CheckboxField
        name="ssoLinkAllowed"
        label={t("create.sso")}
        description={t("create.ssoHint")}
        defaultChecked={values ? values.ssoLinkAllowed === "on" : user.ssoLinkAllowed}
      />
      <div className="flex justify-end border-t border-slate-100 pt-4">
        <SubmitButton pendingLabel={t("edit.saving")}>{t("edit.save")}</SubmitButton>
      </div>
    </form>
  );
}
