"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, SubmitButton } from "@/components/button";
import { Dialog, DialogActions } from "@/components/dialog";
import { FormError } from "@/components/form-error";
import { signOutEverywhere } from "@/lib/actions/account";

export function SignOutEverywhere() {
  const t = useTranslations("account.sessions");
  const [state, action] = useActionState(signOutEverywhere, null);
  return (
    <>
      <FormError message={state && !state.ok ? state.formError : undefined} className="mb-3" />
      <Dialog
        trigger={<Button variant="secondary">{t("submit")}</Button>}
        title={t("confirmTitle")}
        closeLabel={t("close")}
        role="alertdialog"
        size="sm"
      >
        {(close) => (
          <form action={action}>
            <p>{t("confirmBody")}</p>
            <DialogActions>
              <Button variant="secondary" onPress={close}>
                {t("cancel")}
              </Button>
              <SubmitButton variant="danger" pendingLabel={t("submitting")}>
                {t("submit")}
              </SubmitButton>
            </DialogActions>
          </form>
        )}
      </Dialog>
    </>
  );
}
