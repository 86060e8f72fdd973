"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/alert";
import { Button } from "@/components/button";

/**
 * A generated password or invitation link, shown once right after it was made: selectable
 * text with a copy button, and the warning that it will not be shown again.
 */
export function OnceSecret({ once }: { once: Record<string, string> }) {
  const t = useTranslations("adminUsers");
  const format = useFormatter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const isLink = once.method === "invitation";
  const expires = once.expiresAt ? format.dateTime(new Date(once.expiresAt), { dateStyle: "medium", timeStyle: "short" }) : "";

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(once.secret ?? "");
      setCopied(true);
    } catch {
      // No clipboard access (an http origin, a denied permission): the text stays selected.
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {t(isLink ? "created.linkTitle" : "created.passwordTitle")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          ref={input}
          readOnly
          value={once.secret ?? ""}
          onFocus={(event) => event.currentTarget.select()}
          className="h-10 w-full min-w-0 rounded-field border border-slate-300 bg-slate-50 px-3 font-mono text-sm text-slate-900 outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600"
          spellCheck={false}
          autoComplete="off"
        />
        <Button variant="secondary" onPress={copy} className="sm:w-28">
          {copied ? t("copy.copied") : t("copy.copy")}
        </Button>
      </div>
      <span role="status" className="sr-only">
        {copied ? t("copy.copied") : ""}
      </span>
      <Alert tone="warning">{isLink ? t("created.linkHint", { date: expires }) : t("created.passwordHint")}</Alert>
    </div>
  );
}
