"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, SubmitButton } from "@/components/button";
import { Dialog, DialogActions } from "@/components/dialog";
import { FormError } from "@/components/form-error";
import { deletePartnerAction, restorePartnerAction } from "@/lib/actions/partners";

/** "Delete" with a confirmation; a refusal (agreements still name the partner) shows in the dialog. */
export function DeletePartner({ id, name }: { id: string; name: string }) {
  const t = useTranslations("partnerRecord.delete");
  const [state, submit] = useActionState(deletePartnerAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <Dialog
      role="alertdialog"
      size="sm"
      title={t("title", { name })}
      description={t("body")}
      closeLabel={t("close")}
      trigger={
        <Button variant="secondary" className="text-danger-700">
          {t("button")}
        </Button>
      }
    >
      {(close) => (
        <form action={submit}>
          <input type="hidden" name="id" value={id} />
          <FormError message={failed?.formError} />
          <DialogActions>
            <Button variant="secondary" onPress={close}>
              {t("cancel")}
            </Button>
            <SubmitButton variant="danger" autoFocus>
              {t("confirm")}
            </SubmitButton>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}

/** One deleted partner's "Restore" button; the page re-renders without the row. */
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
