"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/button";

/** Starts single sign-on: next-auth sends the browser to the identity provider. */
export function SsoButton({ providerId, label, callbackUrl }: { providerId: string; label: string; callbackUrl: string }) {
  const t = useTranslations("sso");
  const [pending, setPending] = useState(false);

  async function start() {
    setPending(true);
    try {
      await signIn(providerId, { callbackUrl });
    } catch {
      setPending(false);
    }
  }

  return (
    <Button
      variant="secondary"
      size="lg"
      isPending={pending}
      pendingLabel={t("redirecting")}
      onPress={start}
      // A configured label may be long: it wraps instead of overflowing a phone's width. The
      // `!` overrides the size's fixed height and nowrap (the button's classes are not merged).
      className="min-h-11 w-full text-center h-auto! whitespace-normal! px-4! py-2! *:min-w-0"
    >
      {label}
    </Button>
  );
}
