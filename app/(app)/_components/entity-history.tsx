import { getFormatter, getTranslations } from "next-intl/server";
import { listEntityHistory } from "@/lib/data/audit-log";
import type { Actor } from "@/lib/data/current-user";
import { AuditActionBadge, AuditChanges, getKindLabel } from "./audit-changes";

export type EntityHistoryProps = {
  actor: Actor;
  /** The audit log's entityType, e.g. "User", "Partner". */
  entityType: string;
  entityId: string;
  /** How many of the newest events to show. */
  limit?: number;
};

/**
 * A record's history from the audit log, newest first: who did what, when, and each
 * changed field's value before and after; a change to one of its parts (a partner's
 * contact) says which part. Drop it into any record page; the data layer
 * decides who may read which record type's history.
 */
export async function EntityHistory({ actor, entityType, entityId, limit = 20 }: EntityHistoryProps) {
  const events = await listEntityHistory(actor, entityType, entityId, limit);
  const t = await getTranslations("auditLog");
  const format = await getFormatter();
  const kindLabel = await getKindLabel();
  if (events.length === 0) return <p className="text-sm text-slate-600">{t("history.empty")}</p>;
  return (
    <ol aria-label={t("history.label")} className="flex flex-col">
      {events.map((event, index) => (
        <li key={event.id} className="relative flex gap-3 pb-4 last:pb-0">
          {/* The timeline's line and dot: decoration only. */}
          {index < events.length - 1 ? <span aria-hidden="true" className="absolute start-[5px] top-4 bottom-0 w-px bg-slate-200" /> : null}
          <span aria-hidden="true" className="mt-1.5 size-[11px] shrink-0 rounded-full border-2 border-white bg-slate-300 ring-1 ring-slate-300" />
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
              <AuditActionBadge action={event.action} />
              {event.entityType !== entityType ? (
                <span className="font-medium text-slate-900">{kindLabel(event.entityType)}</span>
              ) : null}
              <span className="text-slate-700">{event.actor ? t("history.by", { name: event.actor.name }) : t("system")}</span>
              <time dateTime={event.at.toISOString()} className="text-slate-500 tabular-nums">
                {format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </p>
            <AuditChanges changes={event.changes} action={event.action} entityType={event.entityType} names={event.names} />
          </div>
        </li>
      ))}
    </ol>
  );
}
