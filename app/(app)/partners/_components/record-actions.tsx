"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/button";
import { ConfirmAction } from "@/components/confirm-action";
import { deletePartnerAction, restorePartnerAction } from "@/lib/actions/partners";

/** "Delete" with a confirmation; a refusal (agreements still name the partner) shows in the dialog. */
export function DeletePartner({ id, name }: { id: string; name: string }) {
  const t = useTranslations("partnerRecord.delete");
  return (
    <ConfirmAction
      action={deletePartnerAction}
      fields={{ id }}
      label={t("button")}
      title={t("title", { name })}
      body={t("body")}
      confirmLabel={t("confirm")}
      cancelLabel={t("cancel")}
      closeLabel={t("close")}
      isDanger
    />
  );
}

/** One deleted partner's "Restore" button; the page comes back without the row, saying the partner is back. */
export function RestorePartner({ id, name }: { id: string; name: string }) {
  const t = useTranslations("partnerRecord.deleted");
  const [state, submit] = useActionState(restorePartnerAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={submit} className="flex flex-col items-end gap-1">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" size="sm" aria-label={t("restoreLabel", { name })}>
        {t("restore")}
      </SubmitButton>
      {failed?.formError ? <span role="alert" className="text-xs text-danger-700">{failed.formError}</span> : null}
    </form>
  );
}
