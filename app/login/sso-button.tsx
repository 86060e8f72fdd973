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
      // A configured label may be long: let it wrap instead of overflowing a phone's width.
      className="h-auto min-h-11 w-full whitespace-normal py-2 text-center"
    >
      {label}
    </Button>
  );
}
