"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { LinkButton, SubmitButton } from "@/components/button";
import { ConfirmAction } from "@/components/confirm-action";
import { FormError } from "@/components/form-error";
import { deleteAgreementAction, discardRenewalDraftAction, renewAgreementAction } from "@/lib/actions/agreements";

type Props = { id: string; reference: string; version: number; canRenew: boolean; canDelete: boolean; canDiscard: boolean };

/**
 * Edit, Renew (a draft successor), for admins Delete, and for others Discard on a renewal
 * draft not yet proposed (a Renew clicked by mistake); both ask first.
 */
export function RecordActions({ id, reference, version, canRenew, canDelete, canDiscard }: Props) {
  const t = useTranslations("agreements.detail");
  const [renewState, renew] = useActionState(renewAgreementAction, null);
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
          <ConfirmAction
            action={deleteAgreementAction}
            fields={{ id, version: String(version) }}
            label={t("delete")}
            title={t("deleteTitle", { reference })}
            confirmLabel={t("deleteConfirm")}
            body={t("deleteText")}
            pendingLabel={t("deleting")}
            cancelLabel={t("cancel")}
            closeLabel={t("close")}
            isDanger
          />
        ) : canDiscard ? (
          <ConfirmAction
            action={discardRenewalDraftAction}
            fields={{ id, version: String(version) }}
            label={t("discard")}
            title={t("discardTitle", { reference })}
            confirmLabel={t("discardConfirm")}
            body={t("discardText")}
            pendingLabel={t("discarding")}
            cancelLabel={t("cancel")}
            closeLabel={t("close")}
            isDanger
          />
        ) : null}
      </div>
      {renewError ? <FormError message={renewError} /> : null}
    </div>
  );
}
