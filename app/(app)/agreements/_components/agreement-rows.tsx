"use client";
import { TableCell, TableRow, TableRowLink } from "@/components/table";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { AgreementStatusBadge } from "./status-badge";

/** One agreement of the list, already in the reader's language. */
export type AgreementRowView = {
  id: string;
  referenceNumber: string;
  title: string;
  partners: string;
  /** "and more" when the list of partner names was cut short. */
  morePartners: string | null;
  kind: string;
  status: AgreementStatus;
  statusLabel: string;
  /** The expiry date, or "no expiry" (`hasExpiry` false). */
  expires: string;
  hasExpiry: boolean;
  /** "In effect from …" while a signed agreement has yet to take effect. */
  starting: string | null;
  /** "Terminated from …" while a termination is still to come. */
  ending: string | null;
  ownerName: string | null;
};

// A client component although it needs no state: the rows then travel to the browser as
// this plain data instead of as rendered element trees, which makes the page's RSC payload
// several times smaller, and the server renders each row once instead of twice (bench/).
export function AgreementRows({ rows }: { rows: AgreementRowView[] }) {
  return rows.map((row) => (
    <TableRow key={row.id}>
      <TableCell isRowHeader className="max-w-0 w-full md:w-auto md:max-w-sm">
        <TableRowLink href={`/agreements/${row.id}`} className="block font-mono text-sm font-medium text-brand-700 hover:underline [overflow-wrap:anywhere]">
          {row.referenceNumber}
        </TableRowLink>
        <span className="block text-sm text-slate-700 [overflow-wrap:anywhere]">{row.title}</span>
        <span className="block text-xs text-slate-500 md:hidden">
          {row.partners}
          {row.hasExpiry ? ` · ${row.expires}` : null}
          {row.ending ? <span className="block text-amber-800">{row.ending}</span> : null}
        </span>
      </TableCell>
      <TableCell hiddenBelow="md" className="max-w-xs">
        {row.partners}
        {row.morePartners ? <span className="text-slate-500"> {row.morePartners}</span> : null}
      </TableCell>
      <TableCell hiddenBelow="xl">{row.kind}</TableCell>
      <TableCell>
        <AgreementStatusBadge status={row.status} label={row.statusLabel} />
        {row.starting ? <span className="mt-1 block text-xs text-slate-500">{row.starting}</span> : null}
      </TableCell>
      <TableCell hiddenBelow="md" className="whitespace-nowrap tabular-nums">
        {row.hasExpiry ? row.expires : <span className="text-slate-500">{row.expires}</span>}
        {row.ending ? <span className="block text-xs text-amber-800">{row.ending}</span> : null}
      </TableCell>
      <TableCell hiddenBelow="xl">{row.ownerName}</TableCell>
    </TableRow>
  ));
}
