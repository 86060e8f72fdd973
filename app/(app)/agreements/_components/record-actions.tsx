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
  // Taking the record away, after a confirmation: an admin deletes it; others may discard a renewal draft.
  const removal = canDelete
    ? ({ action: deleteAgreementAction, key: "delete", pending: "deleting" } as const)
    : canDiscard
      ? ({ action: discardRenewalDraftAction, key: "discard", pending: "discarding" } as const)
      : null;
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
        {removal ? (
          <ConfirmAction
            action={removal.action}
            fields={{ id, version: String(version) }}
            label={t(removal.key)}
            title={t(`${removal.key}Title`, { reference })}
            confirmLabel={t(`${removal.key}Confirm`)}
            body={t(`${removal.key}Text`)}
            pendingLabel={t(removal.pending)}
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
