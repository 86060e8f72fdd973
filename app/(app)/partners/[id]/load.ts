import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentUser, type Actor } from "@/lib/data/current-user";
import { unlessNotFound } from "@/lib/data/errors";
import { getPartner, type PartnerRecord } from "@/lib/data/partner-records";

/** The partner of the page, or the not-found page for an unknown or deleted id. Once per request. */
export const loadPartner = cache(async (actor: Actor, id: string): Promise<PartnerRecord> => (await unlessNotFound(getPartner(actor, id))) ?? notFound());

/** The partner's name for the tab title, when the visitor may see it (the page itself decides the rest). */
export async function partnerName(id: string): Promise<string | null> {
  const actor = await getCurrentUser();
  if (actor?.role !== "ADMIN" && actor?.role !== "STAFF") return null;
  return getPartner(actor, id).then((partner) => partner.nameEn, () => null);
}
