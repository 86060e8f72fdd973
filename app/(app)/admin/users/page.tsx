import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/(app)/_components/page-header";
import { AdminList } from "@/app/(app)/admin/_components/admin-list";
import { hasFilters, parseUsersQuery, userFilters, type RawSearchParams } from "@/app/(app)/admin/_components/list-query";
import { LinkButton } from "@/components/button";
import { TextField } from "@/components/field";
import { Select } from "@/components/select";
import { TableCell, TableHeaderCell, TableRow, TableRowLink } from "@/components/table";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listUsers } from "@/lib/data/admin-users";
import { RoleBadge, StatusBadge, statusOf, TwoFactorBadge } from "./_components/user-badges";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("title") };
}

const PATH = "/admin/users";

export default async function UsersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requirePageAccess(PATH);
  const query = parseUsersQuery(await searchParams);
  const page = await listUsers(actor, userFilters(query), { after: query.after, before: query.before });
  const t = await getTranslations("adminUsers");
  const tRole = await getTranslations("shell.role");
  const format = await getFormatter();

  const any = (label: string) => ({ id: "any", label });

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<LinkButton href={`${PATH}/new`}>{t("newUser")}</LinkButton>} />

      <AdminList
        namespace="adminUsers"
        path={PATH}
        query={query}
        page={page}
        filtersClassName="mb-4 grid grid-cols-2 items-end gap-3 rounded-card border border-slate-200 bg-white p-4 lg:grid-cols-[minmax(0,1.6fr)_repeat(3,minmax(0,1fr))_auto]"
        // With Clear beside Apply the buttons need the whole row on phones; alone, Apply fits beside the last field.
        buttonsClassName={hasFilters(query) ? "col-span-2 lg:col-span-1" : undefined}
        filters={
          <>
            <TextField type="search" name="q" label={t("filters.search")} placeholder={t("filters.searchPlaceholder")} defaultValue={query.q ?? ""} className="col-span-2 lg:col-span-1" />
            <Select
              name="role"
              label={t("filters.role")}
              placeholder={t("filters.anyRole")}
              defaultValue={query.role ?? "any"}
              options={[any(t("filters.anyRole")), ...(["ADMIN", "STAFF", "STUDENT"] as const).map((role) => ({ id: role, label: tRole(role) }))]}
            />
            <Select
              name="status"
              label={t("filters.status")}
              placeholder={t("filters.anyStatus")}
              defaultValue={query.status ?? "any"}
              options={[any(t("filters.anyStatus")), { id: "active", label: t("filters.active") }, { id: "disabled", label: t("filters.disabled") }]}
            />
            <Select
              name="twoFactor"
              label={t("filters.twoFactor")}
              placeholder={t("filters.anyTwoFactor")}
              defaultValue={query.twoFactor ?? "any"}
              options={[any(t("filters.anyTwoFactor")), { id: "on", label: t("filters.on") }, { id: "off", label: t("filters.off") }]}
            />
          </>
        }
        notice={
          <p className="mb-2 text-sm text-slate-600 tabular-nums" aria-live="polite">
            {t("count", { count: page.total })}
          </p>
        }
        tableMaxHeight="max(24rem, calc(100dvh - 20rem))"
        columns={
          <>
            <TableHeaderCell>{t("table.name")}</TableHeaderCell>
            <TableHeaderCell>{t("table.role")}</TableHeaderCell>
            <TableHeaderCell hiddenBelow="md">{t("table.status")}</TableHeaderCell>
            <TableHeaderCell hiddenBelow="md">{t("table.twoFactor")}</TableHeaderCell>
            <TableHeaderCell hiddenBelow="md">{t("table.lastSignIn")}</TableHeaderCell>
          </>
        }
      >
        {page.rows.map((user) => (
          <TableRow key={user.id}>
            <TableCell isRowHeader className="max-w-0 w-full md:w-auto md:max-w-none">
              <TableRowLink href={`${PATH}/${user.id}`} className="block truncate">
                {user.name}
              </TableRowLink>
              <span className="block truncate text-xs text-slate-500">{user.email}</span>
              {statusOf(user) !== "active" ? (
                <span className="mt-1 block md:hidden">
                  <StatusBadge user={user} />
                </span>
              ) : null}
            </TableCell>
            <TableCell>
              <RoleBadge role={user.role} />
            </TableCell>
            <TableCell hiddenBelow="md">
              <StatusBadge user={user} />
            </TableCell>
            <TableCell hiddenBelow="md">
              <TwoFactorBadge isOn={user.hasTwoFactor} isQuiet />
            </TableCell>
            <TableCell hiddenBelow="md" className="whitespace-nowrap tabular-nums">
              {user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : <span className="text-slate-500">{t("table.never")}</span>}
            </TableCell>
          </TableRow>
        ))}
      </AdminList>
    </>
  );
}
