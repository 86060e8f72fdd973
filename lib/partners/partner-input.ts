import { z } from "zod";
import { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import { isCountryCode } from "./countries";

// What a partner and a contact may hold, checked the same way by the form's action and by
// the data layer (which never trusts its caller). Every message is a key under
// "partnerRecord.errors", so each problem is shown next to its field in the user's language.

export const PARTNER_LIMITS = { nameEn: 300, nameNative: 300, otherName: 300, otherNames: 10, acronym: 40, city: 120, website: 500, rorId: 40, erasmusCode: 40, notes: 5000, tag: 40, tags: 20 } as const;
export const CONTACT_LIMITS = { name: 200, position: 200, email: 320, phone: 60, notes: 2000 } as const;

// PostgreSQL text cannot hold U+0000: refused here with a message, never a 500 from the database.
const hasNul = (value: string) => value.includes("\u0000");

function text(max: number) {
  return z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim())
    .refine((value) => !hasNul(value), "nul")
    .refine((value) => value.length <= max, "tooLong");
}
const required = (max: number) => text(max).refine((value) => value.length > 0, "required");
const optional = (max: number) => text(max).transform((value) => (value === "" ? null : value));

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    // Only http(s): a stored javascript: or data: link would be a script waiting to run.
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

// A ROR id is 0 + 6 characters (no i, l, o, u) + 2 check digits; people paste the full link.
const ROR = /^(?:https?:\/\/ror\.org\/)?(0[0-9a-hjkmnp-tv-z]{6}[0-9]{2})$/i;

/** The other names a text holds, one a line, each once (whatever its case), in their order. */
export function otherNamesOf(text: string | null): string[] {
  const seen = new Set<string>();
  return (text ?? "").split(/\r\n|\r|\n/).map((name) => name.trim().replace(/\s+/g, " ")).filter((name) => {
    const key = name.toLowerCase();
    if (!name || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The bare, lower-case ROR id a value names ("https://ror.org/02KKVPP62" → "02kkvpp62"), or null. */
export const rorIdOf = (value: string): string | null => ROR.exec(value.trim())?.[1]?.toLowerCase() ?? null;

export const partnerInputSchema = z
  .object({
    nameEn: required(PARTNER_LIMITS.nameEn),
    nameNative: optional(PARTNER_LIMITS.nameNative),
    // One a line, as the form's text area holds them; stored the same way, tidied (below).
    otherNames: text((PARTNER_LIMITS.otherName + 2) * PARTNER_LIMITS.otherNames)
      .transform(otherNamesOf)
      .refine((names) => names.every((name) => name.length <= PARTNER_LIMITS.otherName), "otherNameTooLong")
      .refine((names) => names.length <= PARTNER_LIMITS.otherNames, "tooManyOtherNames"),
    acronym: optional(PARTNER_LIMITS.acronym),
    kind: z.enum(PartnerKind, { message: "required" }),
    country: z
      .string({ message: "required" })
      .trim()
      .min(1, "required")
      .transform((value) => value.toUpperCase())
      .refine(isCountryCode, "country"),
    city: optional(PARTNER_LIMITS.city),
    website: optional(PARTNER_LIMITS.website)
      // "www.tum.de" is what people type: it means https.
      .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value))
      .refine((value) => value === null || isWebAddress(value), "url"),
    rorId: optional(PARTNER_LIMITS.rorId)
      .refine((value) => value === null || rorIdOf(value) !== null, "ror")
      .transform((value) => (value === null ? null : (rorIdOf(value) ?? value))),
    erasmusCode: optional(PARTNER_LIMITS.erasmusCode),
    status: z.enum(PartnerStatus, { message: "required" }),
    tags: text(PARTNER_LIMITS.tag * PARTNER_LIMITS.tags * 2)
      .transform((value) => [...new Set(value.split(/[,，]/).map((tag) => tag.trim()).filter(Boolean))])
      .refine((tags) => tags.every((tag) => tag.length <= PARTNER_LIMITS.tag), "tagTooLong")
      .refine((tags) => tags.length <= PARTNER_LIMITS.tags, "tooManyTags"),
    notes: optional(PARTNER_LIMITS.notes),
  })
  // An other name that is the partner's English or native name or its acronym says nothing more.
  .transform(({ otherNames, ...input }) => {
    const own = new Set([input.nameEn, input.nameNative, input.acronym].filter((name) => name !== null).map((name) => name.toLowerCase()));
    const more = otherNames.filter((name) => !own.has(name.toLowerCase()));
    return { ...input, otherNames: more.length > 0 ? more.join("\n") : null };
  });

/** The form's fields as submitted (strings); tags comma-separated, other names one a line. */
export type PartnerFormInput = Partial<Record<keyof z.input<typeof partnerInputSchema>, string>>;
/** A partner's fields, checked and normalised. */
export type PartnerInput = z.output<typeof partnerInputSchema>;

export const contactInputSchema = z.object({
  name: required(CONTACT_LIMITS.name),
  position: optional(CONTACT_LIMITS.position),
  email: optional(CONTACT_LIMITS.email)
    .transform((value) => value?.toLowerCase() ?? null)
    .refine((value) => value === null || z.email().safeParse(value).success, "email"),
  phone: optional(CONTACT_LIMITS.phone).refine((value) => value === null || /^[+0-9 ()./-]{3,}$/.test(value), "phone"),
  notes: optional(CONTACT_LIMITS.notes),
});

export type ContactFormInput = Partial<Record<keyof z.input<typeof contactInputSchema>, string>>;
export type ContactInput = z.output<typeof contactInputSchema>;

/** Field → message key of every problem (the first one per field), or the checked input. */
export function checkInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; data: z.output<S> } | { ok: false; errors: Record<string, string> } {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "_form");
    // Zod's own messages (a wrong type) are not keys of ours: "invalid" covers them.
    errors[field] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
  }
  return { ok: false, errors };
}
