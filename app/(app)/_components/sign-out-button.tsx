"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/button";

export function SignOutButton() {
  const t = useTranslations("shell");
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      size="sm"
      isPending={pending}
      pendingLabel={t("signingOut")}
      onPress={() => {
        setPending(true);
        void signOut({ callbackUrl: "/login" });
      }}
    >
      {t("signOut")}
    </Button>
  );
}
