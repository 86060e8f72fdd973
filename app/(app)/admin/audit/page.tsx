import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditActionBadge, AuditChanges, getKindLabel } from "@/app/(app)/_components/audit-changes";
import { LookupFilter } from "@/app/(app)/_components/lookup-filter";
import { PageHeader } from "@/app/(app)/_components/page-header";
import { AdminList } from "@/app/(app)/admin/_components/admin-list";
import { AUDIT_ACTIONS } from "@/app/(app)/admin/_components/audit-actions";
import { DateField } from "@/app/(app)/admin/_components/date-field";
import { auditFilters, listHref, parseAuditQuery, type RawSearchParams } from "@/app/(app)/admin/_components/list-query";
import { Select } from "@/components/select";
import { TableCell, TableHeaderCell, TableRow } from "@/components/table";
import { findUserOptions } from "@/lib/actions/audit-log";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getAuditRecord, getUserOption, listAuditEntityTypes, listAuditEvents } from "@/lib/data/audit-log";
import Link from "next/link";
import { AuditRecordCell, auditRecordText } from "./audit-record";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

const PATH = "/admin/audit";

export default async function AuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requirePageAccess(PATH);
  const query = parseAuditQuery(await searchParams);
  const [page, entityTypes, chosenUser, chosenRecord] = await Promise.all([
    listAuditEvents(actor, auditFilters(query), { after: query.after, before: query.before }),
    listAuditEntityTypes(actor),
    query.actor ? getUserOption(actor, query.actor) : null,
    query.entity && query.type ? getAuditRecord(actor, query.type, query.entity) : null,
  ]);
  const t = await getTranslations("auditLog");
  const format = await getFormatter();
  const kindLabel = await getKindLabel();
  const recordNotice = query.entity ? await auditRecordText(query.type ?? "", query.entity, chosenRecord) : null;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />

      <AdminList
        namespace="auditLog"
        path={PATH}
        query={query}
        page={page}
        filtersClassName="mb-4 grid grid-cols-2 items-end gap-3 rounded-card border border-slate-200 bg-white p-4 md:grid-cols-3 xl:grid-cols-[minmax(0,1.5fr)_repeat(2,minmax(0,1fr))_repeat(2,minmax(0,0.9fr))_auto]"
        buttonsClassName="col-span-2 md:col-span-1"
        filters={
          <>
            <div className="col-span-2 lg:col-span-1">
              <LookupFilter
                name="actor"
                label={t("filters.user")}
                placeholder={t("filters.userPlaceholder")}
                emptyMessage={t("filters.userEmpty")}
                buttonLabel={t("filters.userButton")}
                initial={chosenUser ? { id: chosenUser.id, label: chosenUser.name, description: chosenUser.email } : null}
                find={findUserOptions}
              />
            </div>
            <Select
              name="type"
              label={t("filters.entityType")}
              placeholder={t("filters.anyEntityType")}
              defaultValue={query.type ?? "any"}
              options={[{ id: "any", label: t("filters.anyEntityType") }, ...entityTypes.map((type) => ({ id: type, label: kindLabel(type) }))]}
            />
            <Select
              name="action"
              label={t("filters.action")}
              placeholder={t("filters.anyAction")}
              defaultValue={query.action ?? "any"}
              options={[{ id: "any", label: t("filters.anyAction") }, ...AUDIT_ACTIONS.map((action) => ({ id: action, label: t(`actions.${action}`) }))]}
            />
            <DateField name="from" label={t("filters.from")} defaultValue={query.from} className="col-span-2 sm:col-span-1" />
            <DateField name="to" label={t("filters.to")} defaultValue={query.to} className="col-span-2 sm:col-span-1" />
            {query.entity ? <input type="hidden" name="entity" value={query.entity} /> : null}
          </>
        }
        notice={
          recordNotice ? (
            <p className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <span>{t("filters.entity", { record: recordNotice })}</span>
              <Link href={listHref(PATH, query, { entity: undefined, after: undefined, before: undefined })} className="font-medium text-brand-700 hover:underline">
                {t("filters.allRecords")}
              </Link>
            </p>
          ) : null
        }
        tableMaxHeight="max(24rem, calc(100dvh - 22rem))"
        columns={
          <>
            <TableHeaderCell className="w-0">{t("table.when")}</TableHeaderCell>
            <TableHeaderCell hiddenBelow="md">{t("table.who")}</TableHeaderCell>
            <TableHeaderCell hiddenBelow="xl">{t("table.action")}</TableHeaderCell>
            {/* Room for a name with an email or title under it; the changes take the rest. */}
            <TableHeaderCell hiddenBelow="md" className="xl:w-52">
              {t("table.entity")}
            </TableHeaderCell>
            <TableHeaderCell hiddenBelow="md">{t("table.changes")}</TableHeaderCell>
          </>
        }
      >
        {page.rows.map((event) => {
          const who = event.actor ? (
            <Link href={`/admin/users/${event.actor.id}`} title={event.actor.email} className="text-slate-900 hover:text-brand-700 hover:underline">
              {event.actor.name}
            </Link>
          ) : (
            <span className="text-slate-500">{event.action === "SIGN_IN_FAILED" || event.action === "ACCESS_DENIED" ? t("anonymous") : t("system")}</span>
          );
          return (
            <TableRow key={event.id} className="align-top">
              <TableCell className="align-top tabular-nums xl:whitespace-nowrap">
                {/* Day and time each hold together: below 1280 px they stack rather than break mid-date. */}
                <time dateTime={event.at.toISOString()}>
                  <span className="whitespace-nowrap">{format.dateTime(event.at, { dateStyle: "medium" })}</span>{" "}
                  <span className="whitespace-nowrap">{format.dateTime(event.at, { timeStyle: "medium" })}</span>
                </time>
                {/* Up to 1280 px, where the sidebar leaves the table too little room, the action sits under the time. */}
                <span className="mt-1.5 hidden md:block xl:hidden">
                  <AuditActionBadge action={event.action} />
                </span>
                {/* On phones the other columns fold into this one. */}
                <span className="mt-1.5 flex flex-col items-start gap-1.5 md:hidden">
                  <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <AuditActionBadge action={event.action} />
                    {who}
                  </span>
                  <AuditRecordCell type={event.entityType} id={event.entityId} record={event.record} />
                  <AuditChanges changes={event.changes} action={event.action} entityType={event.entityType} names={event.names} />
                </span>
              </TableCell>
              <TableCell hiddenBelow="md" className="align-top xl:whitespace-nowrap">
                {who}
              </TableCell>
              <TableCell hiddenBelow="xl" className="align-top">
                <AuditActionBadge action={event.action} />
              </TableCell>
              <TableCell hiddenBelow="md" className="align-top [overflow-wrap:anywhere]">
                <AuditRecordCell type={event.entityType} id={event.entityId} record={event.record} />
              </TableCell>
              <TableCell hiddenBelow="md" className="min-w-48 align-top [overflow-wrap:anywhere]">
                <AuditChanges changes={event.changes} action={event.action} entityType={event.entityType} names={event.names} />
              </TableCell>
            </TableRow>
          );
        })}
      </AdminList>
    </>
  );
}
