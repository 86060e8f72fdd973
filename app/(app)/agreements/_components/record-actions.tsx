"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, LinkButton, SubmitButton } from "@/components/button";
import { Dialog, DialogActions } from "@/components/dialog";
import { FormError } from "@/components/form-error";
import { deleteAgreementAction, renewAgreementAction } from "@/lib/actions/agreements";

/** Edit, Renew (a draft successor) and, for admins, Delete with a confirmation. */
export function RecordActions({ id, version, canRenew, canDelete }: { id: string; version: number; canRenew: boolean; canDelete: boolean }) {
  const t = useTranslations("agreements.detail");
  const [renewState, renew] = useActionState(renewAgreementAction, null);
  const [deleteState, remove] = useActionState(deleteAgreementAction, null);
  const renewError = renewState && !renewState.ok ? (Object.values(renewState.fieldErrors)[0]?.[0] ?? renewState.formError) : undefined;
  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        <LinkButton href={`/agreements/${id}/edit`} variant="secondary">
          {t("edit")}
        </LinkButton>
        {canRenew ? (
          <form action={renew}>
            <input type="hidden" name="id" value={id} />
            <SubmitButton variant="secondary" pendingLabel={t("renewing")}>
              {t("renew")}
            </SubmitButton>
          </form>
        ) : null}
        {canDelete ? (
          <Dialog
            role="alertdialog"
            title={t("deleteTitle")}
            description={t("deleteText")}
            closeLabel={t("close")}
            size="sm"
            trigger={
              <Button variant="secondary" className="text-danger-700">
                {t("delete")}
              </Button>
            }
          >
            {(close) => (
              <form action={remove}>
                <input type="hidden" name="id" value={id} />
                <input type="hidden" name="version" value={version} />
                <FormError message={deleteState && !deleteState.ok ? deleteState.formError : undefined} />
                <DialogActions>
                  <Button variant="secondary" onPress={close}>
                    {t("cancel")}
                  </Button>
                  <SubmitButton variant="danger" pendingLabel={t("deleting")} autoFocus>
                    {t("delete")}
                  </SubmitButton>
                </DialogActions>
              </form>
            )}
          </Dialog>
        ) : null}
      </div>
      {renewError ? <FormError message={renewError} /> : null}
    </div>
  );
}
