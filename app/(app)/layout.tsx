import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { homeFor, navigationFor } from "@/lib/auth/routes";
import { getCurrentUser } from "@/lib/data/current-user";
import { AppNavigation } from "./_components/app-navigation";
import { SignOutButton } from "./_components/sign-out-button";

// The signed-in shell. It decides nothing about access: each page calls
// requirePageAccess() itself (a layout does not re-run on client navigation).
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await getCurrentUser();
  if (!actor) return <>{children}</>;
  const t = await getTranslations();
  // Until a required two-factor enrolment is done, every page but /account is closed.
  const items = (actor.twoFactorPending ? [] : navigationFor(actor.role)).map((route) => ({ href: route.href, label: t(`nav.${route.key}` as "nav.dashboard") }));

  const brand = (
    <Link href={homeFor(actor.role)} className="flex items-center gap-2 rounded-field font-semibold text-slate-900 outline-none focus-visible:outline-2 focus-visible:outline-brand-600">
      <span aria-hidden="true" className="inline-flex size-7 items-center justify-center rounded-field bg-brand-600 text-sm text-white">M</span>
      {t("app.name")}
    </Link>
  );
  const footer = (
    <div className="flex flex-col gap-3">
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-slate-900">{actor.name}</p>
        <p className="truncate text-xs text-slate-500">
          {t(`shell.role.${actor.role}`)} · {actor.email}
        </p>
        <Link href="/account" className="mt-1 inline-block rounded-field text-sm font-medium text-brand-700 underline-offset-2 outline-none hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
          {t("account.menuLink")}
        </Link>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <LanguageSwitch />
        <SignOutButton />
      </div>
    </div>
  );

  return (
    <div className="min-h-dvh bg-slate-50">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-field focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        {t("shell.skipToContent")}
      </a>
      <AppNavigation items={items} label={t("nav.label")} brand={brand} footer={footer} />
      <main id="main" className="lg:pl-64">
        <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 lg:px-8 lg:py-8">{children}</div>
      </main>
    </div>
  );
}
