import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/button";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="mx-auto flex min-h-[60dvh] max-w-lg flex-col justify-center px-4 py-12">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <div className="mt-6">
        <LinkButton href="/" variant="secondary">
          {t("home")}
        </LinkButton>
      </div>
    </main>
  );
}
