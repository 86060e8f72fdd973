import Link from "next/link";
import { Card } from "@/components/card";
import { EntityHistory, type EntityHistoryProps } from "./entity-history";

type HistoryCardProps = EntityHistoryProps & {
  title: string;
  /** The link to all of the record's events in the audit log; without it, no link. */
  allLabel?: string;
};

/**
 * A record page's "History" card. Only administrators may read the audit log, so only they
 * get the link to it.
 */
export function HistoryCard({ title, allLabel, ...history }: HistoryCardProps) {
  const { actor, entityType, entityId } = history;
  return (
    <Card
      title={title}
      footer={
        allLabel && actor.role === "ADMIN" ? (
          <Link href={`/admin/audit?type=${entityType}&entity=${entityId}`} className="font-medium text-brand-700 hover:underline">
            {allLabel}
          </Link>
        ) : undefined
      }
    >
      <EntityHistory {...history} />
    </Card>
  );
}
