"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useState, type ReactNode } from "react";
import { Alert } from "@/components/alert";
import { Button, SubmitButton } from "@/components/button";
import { TextField } from "@/components/field";
import { FormError } from "@/components/form-error";
import {
  beginTwoFactorSetup,
  cancelTwoFactorSetup,
  confirmTwoFactorSetup,
  regenerateOwnRecoveryCodes,
  turnOffTwoFactor,
  type RecoveryCodesState,
} from "@/lib/actions/account";
import type { FormState } from "@/lib/actions/form-action";

type Props = {
  /** "On since" date, formatted; null while two-factor is off. */
  status: string | null;
  recoveryCodesLeft: number;
  /** While setting up: the key to type and its QR code (drawn on the server). */
  enrolment: { secret: string; qrCode: ReactNode } | null;
};

const fieldErrors = (state: FormState | RecoveryCodesState) => (state && !state.ok ? state.fieldErrors : {});
const formError = (state: FormState | RecoveryCodesState) => (state && !state.ok ? state.formError : undefined);
const codesOf = (state: RecoveryCodesState) => (state?.ok && "recoveryCodes" in state ? state.recoveryCodes : null);

/**
 * One component for every state of two-factor sign-in, so that the recovery codes made by
 * an action stay on screen while the page re-renders around them (the action sets a fresh
 * session cookie, which re-renders the page).
 */
export function TwoFactorSection({ status, recoveryCodesLeft, enrolment }: Props) {
  const t = useTranslations("account.twoFactor");
  const [confirmState, confirmAction] = useActionState(confirmTwoFactorSetup, null);
  const [regenerateState, regenerateAction] = useActionState(regenerateOwnRecoveryCodes, null);
  const [turnOffState, turnOffAction] = useActionState(turnOffTwoFactor, null);
  const [startState, startAction] = useActionState(beginTwoFactorSetup, null);
  const [, cancelAction] = useActionState(cancelTwoFactorSetup, null);
  const [dismissed, setDismissed] = useState<readonly string[] | null>(null);
  const router = useRouter();

  const fresh = codesOf(regenerateState) ?? codesOf(confirmState);
  if (fresh && fresh !== dismissed) {
    return (
      <RecoveryCodes
        codes={fresh}
        onDone={() => {
          setDismissed(fresh);
          router.refresh();
        }}
      />
    );
  }

  if (status) {
    const regenerateErrors = fieldErrors(regenerateState);
    const turnOffErrors = fieldErrors(turnOffState);
    return (
      <div className="flex flex-col gap-6">
        <p className="text-sm text-slate-700">
          {t("onSince", { date: status })} {t("codesLeft", { count: recoveryCodesLeft })}
        </p>
        <form action={regenerateAction} className="flex flex-col gap-3 border-t border-slate-100 pt-5" noValidate>
          <h3 className="text-sm font-semibold text-slate-900">{t("regenerateTitle")}</h3>
          <p className="-mt-2 text-sm text-slate-600">{t("regenerateHint")}</p>
          <FormError message={formError(regenerateState)} />
          <TextField label={t("password")} name="password" type="password" autoComplete="current-password" isRequired errorMessage={regenerateErrors.password} className="max-w-sm" />
          <div>
            <SubmitButton variant="secondary" pendingLabel={t("regenerating")}>{t("regenerate")}</SubmitButton>
          </div>
        </form>
        <form action={turnOffAction} className="flex flex-col gap-3 border-t border-slate-100 pt-5" noValidate>
          <h3 className="text-sm font-semibold text-slate-900">{t("turnOffTitle")}</h3>
          <p className="-mt-2 text-sm text-slate-600">{t("turnOffHint")}</p>
          <FormError message={formError(turnOffState)} />
          <TextField label={t("passwordOrCode")} name="passwordOrCode" type="password" autoComplete="off" isRequired errorMessage={turnOffErrors.passwordOrCode} className="max-w-sm" />
          <div>
            <SubmitButton variant="danger" pendingLabel={t("turningOff")}>{t("turnOff")}</SubmitButton>
          </div>
        </form>
      </div>
    );
  }

  if (enrolment) {
    const errors = fieldErrors(confirmState);
    return (
      <div className="flex flex-col gap-5">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:gap-6">
          <div className="shrink-0 self-center sm:self-start">{enrolment.qrCode}</div>
          <div className="flex min-w-0 flex-col gap-3 text-sm text-slate-700">
            <p>{t("scan")}</p>
            <p>{t("keyLabel")}</p>
            <p className="break-words rounded-field bg-slate-50 px-3 py-2 font-mono text-base tracking-wider text-slate-900" data-testid="totp-secret">
              {enrolment.secret.match(/.{1,4}/g)?.join(" ")}
            </p>
            <p>{t("enterCode")}</p>
          </div>
        </div>
        <form action={confirmAction} className="flex flex-col gap-3" noValidate>
          <FormError message={formError(confirmState)} />
          <TextField
            label={t("code")}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={8}
            isRequired
            errorMessage={errors.code}
            className="max-w-48"
          />
          <div className="flex flex-wrap gap-2">
            <SubmitButton pendingLabel={t("confirming")}>{t("confirm")}</SubmitButton>
            <Button variant="ghost" type="submit" formAction={cancelAction}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      </div>
    );
  }

  return (
    <form action={startAction} className="flex flex-col items-start gap-3">
      {turnOffState?.ok && turnOffState.message ? (
        <div role="status" className="self-stretch">
          <Alert tone="success">{turnOffState.message}</Alert>
        </div>
      ) : null}
      <FormError message={formError(startState)} />
      <p className="text-sm text-slate-700">{t("statusOff")}</p>
      <SubmitButton pendingLabel={t("starting")}>{t("setUp")}</SubmitButton>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const t = useTranslations("account.twoFactor");
  return (
    <div className="flex flex-col gap-4" role="status">
      <Alert tone="warning" title={t("recoveryTitle")}>
        {t("recoveryBody")}
      </Alert>
      <ol aria-label={t("recoveryListLabel")} className="grid grid-cols-1 gap-x-6 gap-y-1.5 rounded-field bg-slate-50 px-4 py-3 font-mono text-base text-slate-900 min-[400px]:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div>
        <Button onPress={onDone}>{t("recoveryDone")}</Button>
      </div>
    </div>
  );
}
