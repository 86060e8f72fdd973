import { z } from "zod";
import { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import { searchText, urlText } from "@/lib/lists/url-text";

// The state of the partners list, as it stands in the URL. Tolerant: a bad value falls back
// to "no filter" instead of an error page, so old bookmarks keep working. The export route
// parses the same parameters, so it exports exactly what the list shows.

export const PARTNER_SORTS = ["name", "country", "newest", "agreements"] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const partnerListParamsSchema = z.object({
  q: searchText().catch("").default(""),
  country: optional(z.string().regex(/^[A-Z]{2}$/)),
  kind: optional(z.enum(PartnerKind)),
  status: optional(z.enum(PartnerStatus)),
  tag: optional(urlText().pipe(z.string().min(1).max(60))),
  /** "1": only partners with an active agreement. */
  active: optional(z.literal("1")),
  sort: z.enum(PARTNER_SORTS).catch("name").default("name"),
  /** Opaque keyset cursors: the page after / before the row they name. */
  after: optional(z.string().max(500)),
  before: optional(z.string().max(500)),
});

export type PartnerListParams = z.infer<typeof partnerListParamsSchema>;

type SearchParams = Record<string, string | string[] | undefined>;

export function parsePartnerListParams(searchParams: SearchParams | URLSearchParams): PartnerListParams {
  const entries =
    searchParams instanceof URLSearchParams
      ? Object.fromEntries(searchParams)
      : Object.fromEntries(Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return partnerListParamsSchema.parse(entries);
}

/** The query string for a list state: empty values left out, so URLs stay short and shareable. */
export function partnerListQuery(params: Partial<PartnerListParams>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "" || (key === "sort" && value === "name")) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/**
 * True when the URL already says exactly what its list state says: a GET form submits its
 * empty fields and the default sort, and the page then redirects to the short form.
 */
export function isCanonicalQuery(searchParams: SearchParams, params: PartnerListParams): boolean {
  const canonical = new URLSearchParams(partnerListQuery(params));
  const given = Object.entries(searchParams).filter(([, value]) => value !== undefined);
  return given.length === [...canonical.keys()].length && given.every(([key, value]) => canonical.get(key) === value);
}

/** The filters of a list state without its position: a changed filter starts at page one. */
export function withoutCursor(params: PartnerListParams): PartnerListParams {
  return { ...params, after: undefined, before: undefined };
}
