"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Checkbox } from "react-aria-components";
import { Alert } from "@/components/alert";
import { SubmitButton } from "@/components/button";
import { FormError } from "@/components/form-error";
import { saveSecuritySettings } from "@/lib/actions/settings";

export function SecuritySettingsForm({ requireTwoFactor }: { requireTwoFactor: boolean }) {
  const t = useTranslations("account.settings");
  const [state, action] = useActionState(saveSecuritySettings, null);
  const error = state && !state.ok ? state.fieldErrors.requireTwoFactor?.[0] : undefined;
  return (
    <form action={action} className="flex flex-col gap-4">
      {state?.ok && state.message ? (
        <div role="status">
          <Alert tone="success">{state.message}</Alert>
        </div>
      ) : null}
      <FormError message={state && !state.ok ? (state.formError ?? error) : undefined} />
      {/* Keyed on the saved value, so a refused change shows the setting as it really is. */}
      <Checkbox
        key={String(requireTwoFactor)}
        name="requireTwoFactor"
        value="on"
        defaultSelected={requireTwoFactor}
        aria-describedby="require-two-factor-hint"
        className="group flex cursor-pointer items-start gap-3 text-sm outline-none"
      >
        {({ isSelected, isFocusVisible }) => (
          <>
            <span
              aria-hidden="true"
              className={clsx(
                "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded border transition-colors",
                isSelected ? "border-brand-600 bg-brand-600 text-white" : "border-slate-400 bg-white",
                isFocusVisible && "outline-2 outline-offset-2 outline-brand-600",
              )}
            >
              {isSelected ? (
                <svg viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2.5">
                  <path d="M3.5 8.5l3 3 6-7" />
                </svg>
              ) : null}
            </span>
            <span className="font-medium text-slate-900">{t("requireTwoFactor")}</span>
          </>
        )}
      </Checkbox>
      <p id="require-two-factor-hint" className="-mt-2 ps-8 text-sm text-slate-600">
        {t("requireTwoFactorHint")}
      </p>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
