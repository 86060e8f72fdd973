import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { BackLink } from "@/app/(app)/_components/back-link";
import { AuditRecordCell } from "@/app/(app)/admin/audit/audit-record";
import { AuditActionBadge } from "@/app/(app)/_components/audit-changes";
import { DetailItem } from "@/app/(app)/_components/detail-item";
import { HistoryCard } from "@/app/(app)/_components/history-card";
import { Card } from "@/components/card";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getUserDetail, type UserDetail } from "@/lib/data/admin-users";
import { listActionsBy } from "@/lib/data/audit-log";
import { getCurrentUser } from "@/lib/data/current-user";
import { unlessNotFound } from "@/lib/data/errors";
import { AccessActions } from "../_components/access-actions";
import { EditUserForm } from "../_components/edit-user-form";
import { RoleBadge, StatusBadge, TwoFactorBadge } from "../_components/user-badges";

type Props = { params: Promise<{ id: string }> };

async function load(id: string): Promise<UserDetail> {
  return (await unlessNotFound(getUserDetail(await getCurrentUser(), id))) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await getCurrentUser();
  if (actor?.role !== "ADMIN") return {};
  const user = await getUserDetail(actor, (await params).id).catch(() => null);
  return { title: user?.name ?? (await getTranslations("adminUsers"))("title") };
}

export default async function UserPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageAccess("/admin/users", `/admin/users/${encodeURIComponent(id)}`);
  const [user, actions] = await Promise.all([load(id), listActionsBy(actor, id, 8)]);
  const t = await getTranslations("adminUsers");
  const tRole = await getTranslations("shell.role");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const roles = (["ADMIN", "STAFF", "STUDENT"] as const).map((role) => ({ id: role, label: tRole(role), description: t(`create.roleHint.${role}`) }));

  const signIn = {
    password: t("detail.signInPassword"),
    sso: t("detail.signInNone"),
    invited: t("detail.signInInvited", { date: user.invitationExpiresAt ? when(user.invitationExpiresAt) : "" }),
    invitationExpired: t("detail.signInExpired"),
    none: t("detail.signInNone"),
  }[user.signIn];

  return (
    <>
      <BackLink href="/admin/users" label={t("detail.back")} />
      <header className="mb-6 flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight break-words text-slate-900">{user.name}</h1>
        <p className="text-sm break-all text-slate-600">{user.email}</p>
        <div className="flex flex-wrap gap-2">
          <RoleBadge role={user.role} />
          <StatusBadge user={user} />
          <TwoFactorBadge isOn={user.hasTwoFactor} />
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <Card title={t("detail.details")}>
            <dl className="grid grid-cols-[minmax(0,7.5rem)_minmax(0,1fr)] gap-x-4 gap-y-3 text-sm sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)] sm:gap-x-6">
              <DetailItem label={t("detail.status")}>
                <StatusBadge user={user} />
                {user.disabledAt ? <span className="ms-2 text-slate-600">{t("detail.disabledSince", { date: when(user.disabledAt) })}</span> : null}
              </DetailItem>
              <DetailItem label={t("detail.signIn")}>{signIn}</DetailItem>
              <DetailItem label={t("detail.twoFactor")}>
                {user.totpEnabledAt ? (
                  <>
                    {t("detail.twoFactorOn", { date: when(user.totpEnabledAt) })}
                    <span className="text-slate-500"> · {t("detail.recoveryCodes", { count: user.unusedRecoveryCodes })}</span>
                  </>
                ) : (
                  t("detail.twoFactorOff")
                )}
              </DetailItem>
              <DetailItem label={t("detail.sso")}>{user.ssoLinkAllowed ? t("detail.ssoAllowed") : t("detail.ssoNotAllowed")}</DetailItem>
              <DetailItem label={t("detail.identities")}>
                {user.identities.length === 0 ? (
                  t("detail.noIdentities")
                ) : (
                  <ul>
                    {user.identities.map((identity) => (
                      <li key={`${identity.issuer}:${identity.createdAt.toISOString()}`} className="break-all">
                        {t("detail.identity", { issuer: identity.issuer, date: when(identity.createdAt) })}
                      </li>
                    ))}
                  </ul>
                )}
              </DetailItem>
              {user.studentNumber ? <DetailItem label={t("detail.studentNumber")}>{user.studentNumber}</DetailItem> : null}
              {user.faculty ? <DetailItem label={t("detail.faculty")}>{user.faculty}</DetailItem> : null}
              <DetailItem label={t("detail.created")}>
                {user.createdBy ? t("detail.createdBy", { date: when(user.createdAt), name: user.createdBy.name }) : when(user.createdAt)}
              </DetailItem>
              <DetailItem label={t("detail.lastSignIn")}>{user.lastSignInAt ? when(user.lastSignInAt) : t("detail.never")}</DetailItem>
            </dl>
          </Card>

          <Card title={t("edit.title")}>
            <EditUserForm
              user={{ id: user.id, name: user.name, role: user.role, ssoLinkAllowed: user.ssoLinkAllowed, version: user.version, isLastActiveAdmin: user.isLastActiveAdmin }}
              roles={roles}
            />
          </Card>
        </div>

        <div className="flex min-w-0 flex-col gap-6">
          <Card title={t("access.title")}>
            <AccessActions
              user={{ id: user.id, name: user.name, isDisabled: user.isDisabled, hasTwoFactor: user.hasTwoFactor, isLastActiveAdmin: user.isLastActiveAdmin }}
            />
          </Card>

          <Card
            title={t("activity.title")}
            footer={
              actions.length > 0 ? (
                <Link href={`/admin/audit?actor=${user.id}`} className="font-medium text-brand-700 hover:underline">
                  {t("activity.all")}
                </Link>
              ) : undefined
            }
          >
            {actions.length === 0 ? (
              <p className="text-sm text-slate-600">{t("activity.empty")}</p>
            ) : (
              <ul className="flex flex-col gap-3">
                {actions.map((event) => (
                  <li key={event.id} className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                    <AuditActionBadge action={event.action} />
                    {event.entityId && !(event.entityType === "User" && event.entityId === user.id) ? (
                      <AuditRecordCell type={event.entityType} id={event.entityId} record={event.record} />
                    ) : null}
                    <time dateTime={event.at.toISOString()} className="ms-auto text-xs text-slate-500 tabular-nums">
                      {when(event.at)}
                    </time>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>

        <div className="lg:col-span-3">
          <HistoryCard title={t("history.title")} allLabel={t("history.all")} actor={actor} entityType="User" entityId={user.id} />
        </div>
      </div>
    </>
  );
}
