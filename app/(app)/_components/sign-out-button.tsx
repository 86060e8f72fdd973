"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/button";
import { signOut } from "@/lib/actions/sign-out";

/** A form with one button: it signs out even when clicked before JavaScript has loaded. */
export function SignOutButton() {
  const t = useTranslations("shell");
  const [, action] = useActionState(signOut, null);
  return (
    <form action={action}>
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("signingOut")}>
        {t("signOut")}
      </SubmitButton>
    </form>
  );
}
