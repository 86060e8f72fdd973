"use client";

import { useTranslations } from "next-intl";
import { Button, LinkButton } from "@/components/button";
import { StatusFrame } from "./status-frame";

export type ErrorViewProps = { error: Error & { digest?: string }; reset: () => void };

/**
 * Shown instead of a page whose server rendering failed (app/error.tsx, and (app)/error.tsx
 * inside the signed-in shell). The digest is the reference logged beside the error on the
 * server (instrumentation.ts); the message never reaches here.
 */
export function ErrorView({ error, reset, inShell }: ErrorViewProps & { inShell: boolean }) {
  const t = useTranslations("errorPage");
  return (
    <StatusFrame inShell={inShell}>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      {error.digest ? (
        <p className="mt-4 text-sm text-slate-600">
          {t("reference")}{" "}
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800">{error.digest}</code>
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <Button onPress={reset}>{t("retry")}</Button>
        <LinkButton href="/" variant="secondary">
          {t("home")}
        </LinkButton>
      </div>
    </StatusFrame>
  );
}
