import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/button";
import { StatusFrame } from "./status-frame";

/** "Page not found", for app/not-found.tsx and the signed-in shell's own (app)/not-found.tsx. */
export async function NotFoundView({ inShell }: { inShell: boolean }) {
  const t = await getTranslations("notFound");
  return (
    <StatusFrame inShell={inShell}>
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <div className="mt-6">
        <LinkButton href="/" variant="secondary">
          {t("home")}
        </LinkButton>
      </div>
    </StatusFrame>
  );
}
