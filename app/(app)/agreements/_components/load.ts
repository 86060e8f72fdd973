import "server-only";
import { notFound } from "next/navigation";
import { getAgreement, type AgreementDetail } from "@/lib/data/agreements";
import type { Actor } from "@/lib/data/current-user";
import { unlessNotFound } from "@/lib/data/errors";

/** The agreement for a page, or the not-found page (unknown, malformed or deleted id). */
export async function loadAgreement(actor: Actor, id: string): Promise<AgreementDetail> {
  return (await unlessNotFound(getAgreement(actor, id))) ?? notFound();
}
