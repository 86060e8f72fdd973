import { z } from "zod";
import { AgreementKind, AgreementStatus } from "@/lib/generated/prisma/enums";
import { searchText } from "@/lib/lists/url-text";

// The state of the agreements list, as it stands in the URL. Tolerant: a bad value falls
// back to "no filter" instead of an error page, so old bookmarks keep working. The export
// route parses the same parameters, so it exports exactly what the list shows.

export const AGREEMENT_SORTS = ["newest", "reference", "expires"] as const;
export type AgreementSort = (typeof AGREEMENT_SORTS)[number];
const DEFAULT_SORT: AgreementSort = "newest";

/** "Expiring within N days" choices. */
export const EXPIRING_WINDOWS = ["30", "90", "180"] as const;

/** Quick views: a name for a set of filters staff use every day. */
export const QUICK_VIEWS = {
  expiring: { expiring: "90" },
  awaiting: { status: "AWAITING_SIGNATURE" },
} as const satisfies Record<string, Partial<Record<string, string>>>;
export type QuickView = keyof typeof QUICK_VIEWS;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const uuid = optional(z.uuid());

export const agreementListParamsSchema = z.object({
  q: searchText().catch("").default(""),
  kind: optional(z.enum(AgreementKind)),
  /** The status as shown: an active agreement past its expiry counts as EXPIRED. */
  status: optional(z.enum(AgreementStatus)),
  partner: uuid,
  country: optional(z.string().regex(/^[A-Z]{2}$/)),
  owner: uuid,
  faculty: uuid,
  signed: optional(z.coerce.number().int().min(1950).max(2100).transform(String)),
  expiring: optional(z.enum(EXPIRING_WINDOWS)),
  sort: z.enum(AGREEMENT_SORTS).catch(DEFAULT_SORT).default(DEFAULT_SORT),
  /** Opaque keyset cursors: the page after / before the row they name. */
  after: optional(z.string().max(500)),
  before: optional(z.string().max(500)),
});

export type AgreementListParams = z.infer<typeof agreementListParamsSchema>;

type SearchParams = Record<string, string | string[] | undefined>;

export function parseAgreementListParams(searchParams: SearchParams | URLSearchParams): AgreementListParams {
  const entries =
    searchParams instanceof URLSearchParams
      ? Object.fromEntries(searchParams)
      : Object.fromEntries(Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return agreementListParamsSchema.parse(entries);
}

/** The query string for a list state: empty values and the default sort left out. */
export function agreementListQuery(params: Partial<AgreementListParams>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "" || (key === "sort" && value === DEFAULT_SORT)) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** True when the URL already is the short form of its list state (else the page redirects). */
export function isCanonicalAgreementQuery(searchParams: SearchParams, params: AgreementListParams): boolean {
  const canonical = new URLSearchParams(agreementListQuery(params));
  const given = Object.entries(searchParams).filter(([, value]) => value !== undefined);
  return given.length === [...canonical.keys()].length && given.every(([key, value]) => canonical.get(key) === value);
}

/** The filters without the position: a changed filter starts at page one. */
export function agreementFilters(params: AgreementListParams): AgreementListParams {
  return { ...params, after: undefined, before: undefined };
}

/** The quick view a list state is exactly, if any (to mark its tab as current). */
export function quickViewOf(params: AgreementListParams): QuickView | undefined {
  const filters = agreementListQuery({ ...agreementFilters(params), sort: DEFAULT_SORT });
  return (Object.keys(QUICK_VIEWS) as QuickView[]).find((view) => agreementListQuery(QUICK_VIEWS[view]) === filters);
}
