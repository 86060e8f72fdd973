"use client";
import { Badge, type BadgeTone } from "@/components/badge";
import { TableCell, TableRow } from "@/components/table";

/** One partner of the list, already in the reader's language. */
export type PartnerRowView = {
  id: string;
  nameEn: string;
  acronym: string | null;
  /** Its native-script name and other names, on one line. */
  otherNames: string | null;
  tags: string[];
  country: string;
  city: string | null;
  kind: string;
  status: string;
  statusTone: BadgeTone;
  activeAgreements: string;
};

// A client component although it needs no state: the rows then travel to the browser as
// this plain data instead of as rendered element trees, which makes the page's RSC payload
// several times smaller, and the server renders each row once instead of twice (bench/).
export function PartnerRows({ rows }: { rows: PartnerRowView[] }) {
  return rows.map((partner) => (
    <TableRow key={partner.id}>
      {/* On a phone the name takes the width the status leaves, with its country and city under it;
          up to the width that has a City column, the city alone. */}
      <TableCell isRowHeader className="w-full max-w-0 [overflow-wrap:break-word] md:w-auto md:max-w-none">
        <div>
          {/* A plain link: the table body navigates it within the app (components/table-body.tsx). */}
          <a href={`/partners/${partner.id}`} className="font-medium text-brand-700 hover:underline">
            {partner.nameEn}
          </a>
          {partner.acronym ? <span className="ms-1.5 text-slate-500">{partner.acronym}</span> : null}
        </div>
        {/* Ten long other names would make a tall row: two lines of them; the record has them all. */}
        {partner.otherNames ? <div className="line-clamp-2 text-xs text-slate-500">{partner.otherNames}</div> : null}
        <div className="text-xs text-slate-500 xl:hidden">
          <span className="md:hidden">{partner.city ? `${partner.country} · ` : partner.country}</span>
          {partner.city}
        </div>
        {partner.tags.length ? (
          <div className="mt-1 flex flex-wrap gap-1">
            {partner.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </div>
        ) : null}
      </TableCell>
      <TableCell hiddenBelow="md">{partner.country}</TableCell>
      <TableCell hiddenBelow="xl">{partner.city}</TableCell>
      <TableCell hiddenBelow="xl">{partner.kind}</TableCell>
      <TableCell>
        <Badge tone={partner.statusTone} hasDot>
          {partner.status}
        </Badge>
      </TableCell>
      <TableCell isNumeric hiddenBelow="md">
        {partner.activeAgreements}
      </TableCell>
    </TableRow>
  ));
}
