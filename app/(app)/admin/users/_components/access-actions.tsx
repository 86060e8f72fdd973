"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type ReactNode } from "react";
import { RadioCards } from "@/app/(app)/admin/_components/choice-fields";
import { OnceSecret } from "@/app/(app)/admin/_components/once-secret";
import { Button, SubmitButton } from "@/components/button";
import { ConfirmAction, type ConfirmActionProps } from "@/components/confirm-action";
import { DialogActions } from "@/components/dialog";
import { FormDialog } from "@/components/form-dialog";
import { FormError } from "@/components/form-error";
import {
  endUserSessionsAction,
  resetUserPasswordAction,
  resetUserTwoFactorAction,
  setUserDisabledAction,
} from "@/lib/actions/admin-users";


export type AccessUser = { id: string; name: string; isDisabled: boolean; hasTwoFactor: boolean; isLastActiveAdmin: boolean };

/**
 * The account's access controls: each asks for confirmation in a dialog, then says what
 * happened in the card. A refusal (the last admin) is shown inside the dialog.
 */
export function AccessActions({ user }: { user: AccessUser }) {
  const t = useTranslations("adminUsers.access");
  const [done, setDone] = useState<string | null>(null);
  const name = { name: user.name };

  return (
    <div className="flex flex-col gap-4">
      <p role="status" className={done ? "rounded-field bg-success-50 px-3 py-2 text-sm font-medium text-success-800" : "sr-only"}>
        {done ?? ""}
      </p>
      <ul className="flex flex-col divide-y divide-slate-100">
        {user.isDisabled ? (
          <ActionRow hint={t("enableHint")}>
            <ConfirmUserAction
              userId={user.id}
              action={setUserDisabledAction}
              fields={{ disabled: "false" }}
              label={t("enable")}
              title={t("enable")}
              onDone={() => setDone(t("enabled"))}
            />
          </ActionRow>
        ) : (
          <ActionRow hint={t("disableHint")}>
            <ConfirmUserAction
              userId={user.id}
              action={setUserDisabledAction}
              fields={{ disabled: "true" }}
              label={t("disable")}
              title={t("disableTitle", name)}
              body={t("disableBody")}
              isDanger
              isDisabled={user.isLastActiveAdmin}
              onDone={() => setDone(t("disabled"))}
            />
          </ActionRow>
        )}
        <ActionRow hint={t("endSessionsHint")}>
          <ConfirmUserAction
            userId={user.id}
            action={endUserSessionsAction}
            label={t("endSessions")}
            title={t("endSessionsTitle", name)}
            body={t("endSessionsBody")}
            onDone={() => setDone(t("sessionsEnded"))}
          />
        </ActionRow>
        <ActionRow hint={t("resetPasswordHint")}>
          <ResetPassword user={user} />
        </ActionRow>
        {user.hasTwoFactor ? (
          <ActionRow hint={t("resetTwoFactorHint")}>
            <ConfirmUserAction
              userId={user.id}
              action={resetUserTwoFactorAction}
              label={t("resetTwoFactor")}
              title={t("resetTwoFactorTitle", name)}
              body={t("resetTwoFactorBody")}
              isDanger
              onDone={() => setDone(t("twoFactorReset"))}
            />
          </ActionRow>
        ) : null}
      </ul>
    </div>
  );
}

function ActionRow({ hint, children }: { hint: string; children: ReactNode }) {
  return (
    <li className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0">
      <div className="flex">{children}</div>
      <p className="text-sm text-slate-600">{hint}</p>
    </li>
  );
}

/** The shared confirm-then-act button, with this card's labels and the user's id. */
function ConfirmUserAction({ userId, fields = {}, ...props }: { userId: string; fields?: Record<string, string> } & Omit<ConfirmActionProps, "fields" | "cancelLabel" | "closeLabel">) {
  const t = useTranslations("adminUsers.access");
  return <ConfirmAction {...props} fields={{ id: userId, ...fields }} cancelLabel={t("cancel")} closeLabel={t("close")} />;
}

function ResetPassword({ user }: { user: AccessUser }) {
  const t = useTranslations("adminUsers");
  // A fresh form at each opening, so an old password is never shown again.
  return (
    <FormDialog
      title={t("access.resetPasswordTitle", { name: user.name })}
      description={t("access.resetPasswordBody")}
      closeLabel={t("access.close")}
      trigger={<Button variant="secondary">{t("access.resetPassword")}</Button>}
    >
      {(close) => <ResetPasswordForm userId={user.id} close={close} />}
    </FormDialog>
  );
}

function ResetPasswordForm({ userId, close }: { userId: string; close: () => void }) {
  const t = useTranslations("adminUsers");
  const [state, submit] = useActionState(resetUserPasswordAction, null);
  if (state?.ok && state.once) {
    return (
      <div className="flex flex-col gap-4">
        <OnceSecret once={state.once} />
        <DialogActions>
          <Button onPress={close}>{t("access.done")}</Button>
        </DialogActions>
      </div>
    );
  }
  const failed = state && !state.ok ? state : null;
  return (
    <form action={submit} className="flex flex-col gap-4">
      <input type="hidden" name="id" value={userId} />
      <FormError message={failed?.formError} />
      <RadioCards
        legend={t("access.method")}
        name="method"
        defaultValue="invitation"
        choices={[
          { value: "invitation", label: t("create.methodInvitation"), description: t("create.methodInvitationHint") },
          { value: "password", label: t("create.methodPassword"), description: t("create.methodPasswordHint") },
        ]}
        footnote={t("access.shownOnce")}
      />
      <DialogActions>
        <Button variant="secondary" onPress={close}>
          {t("access.cancel")}
        </Button>
        <SubmitButton variant="danger">{t("access.resetPassword")}</SubmitButton>
      </DialogActions>
    </form>
  );
}
