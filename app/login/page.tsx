import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicFrame } from "@/app/_components/public-frame";
import { Alert } from "@/components/alert";
import { homeFor, safeCallbackPath } from "@/lib/auth/routes";
import { getCurrentUser } from "@/lib/data/current-user";
import { env } from "@/lib/env";
import { LoginForm } from "./login-form";
import { SsoSection } from "./sso-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("submit") };
}

const DEMO_ACCOUNTS = [
  ["admin@example.edu", "ADMIN"],
  ["staff@example.edu", "STAFF"],
  ["student@example.edu", "STUDENT"],
] as const;

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; signedOut?: string | string[] }>;
}) {
  const { callbackUrl, error, signedOut } = await searchParams;
  const actor = await getCurrentUser();
  const requested = safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (actor) redirect(requested ?? homeFor(actor.role));
  const t = await getTranslations();
  const { MERIDIAN_DEMO, MERIDIAN_DEMO_PASSWORD } = env();

  return (
    <PublicFrame>
      <div className="w-full max-w-sm">
        <div className="rounded-card border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-xl font-semibold tracking-tight text-slate-900">{t("login.title")}</h1>
          <p className="mb-6 mt-1 text-sm text-slate-600">{t("login.subtitle")}</p>
          {signedOut === "everywhere" ? (
            <div role="status" className="mb-4">
              <Alert tone="success">{t("account.signIn.signedOutEverywhere")}</Alert>
            </div>
          ) : null}
          <SsoSection error={typeof error === "string" ? error : undefined} callbackUrl={requested ?? "/"} />
          <LoginForm callbackUrl={requested ?? "/"} />
        </div>
        {MERIDIAN_DEMO ? (
          <section aria-labelledby="demo-accounts" className="mt-4 rounded-card border border-dashed border-slate-300 bg-white/60 p-4 text-sm">
            <h2 id="demo-accounts" className="font-medium text-slate-900">{t("login.demoTitle")}</h2>
            <ul className="mt-2 space-y-1 text-slate-700">
              {DEMO_ACCOUNTS.map(([email, role]) => (
                <li key={email} className="flex justify-between gap-3">
                  <span className="font-mono text-xs sm:text-sm">{email}</span>
                  <span className="text-slate-500">{t(`shell.role.${role}`)}</span>
                </li>
              ))}
            </ul>
            <p className="mt-2 text-slate-600">{t("login.demoHint", { password: MERIDIAN_DEMO_PASSWORD })}</p>
          </section>
        ) : null}
      </div>
    </PublicFrame>
  );
}
