"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { isAppError } from "@/lib/data/errors";
import {
  createPartner,
  createPartnerContact,
  deletePartner,
  removePartnerContact,
  restorePartner,
  updatePartner,
  updatePartnerContact,
  type SimilarPartner,
} from "@/lib/data/partner-records";
import { checkInput, contactInputSchema, partnerInputSchema } from "@/lib/partners/partner-input";
import { formAction, type FieldErrors, type FormState } from "./form-action";

// The actions of a partner's record. formAction checks the caller (office roles) and echoes
// what was typed; the fields are checked here with the data layer's own schema so every
// problem shows at once, next to its field, and the data layer checks again.

const OFFICE = ["ADMIN", "STAFF"] as const;
const ADMIN = ["ADMIN"] as const;

const idSchema = z.uuid({ message: "notFound" });
const versionSchema = z.coerce.number({ message: "invalid" }).int().min(1);

/** A create's answer may carry the partners its name is close to ("did you mean…"). */
export type PartnerFormState = FormState | (Extract<FormState, { ok: false }> & { similar: SimilarPartner[] });

async function fieldErrorsOf(errors: Record<string, string>): Promise<FieldErrors> {
  const t = await getTranslations("partnerRecord.errors");
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, [t.has(key as never) ? t(key as never) : t("invalid")]]));
}

/** All the form's problems at once, or null when the data layer may have it. */
async function refuseInput(schema: z.ZodType, input: Record<string, unknown>): Promise<FormState> {
  const result = checkInput(schema, input);
  if (result.ok) return null;
  const t = await getTranslations("partnerRecord.errors");
  return { ok: false, fieldErrors: await fieldErrorsOf(result.errors), formError: t("fix"), values: strings(input) };
}

function strings(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => typeof value === "string")) as Record<string, string>;
}

/** Our words for the data layer's refusals a person can act on; anything else goes to formAction. */
async function refusal(error: unknown, values: Record<string, string>): Promise<FormState> {
  if (isAppError(error) && error.field) {
    const t = await getTranslations("partnerRecord.errors");
    const { name, messageKey } = error.field;
    if (name === "_form") return { ok: false, fieldErrors: {}, formError: t.has(messageKey as never) ? t(messageKey as never) : t("invalid"), values };
    return { ok: false, fieldErrors: await fieldErrorsOf({ [name]: messageKey }), formError: t("fix"), values };
  }
  // A ConflictError goes on to formAction, which answers with the conflict and the new version.
  throw error;
}

function refresh(id?: string) {
  revalidatePath("/partners");
  revalidatePath("/dashboard");
  if (id) revalidatePath(`/partners/${id}`);
}

const partnerFields = z.looseObject({ confirmSimilar: z.string().optional() });

/**
 * Creates a partner and opens its page. A name very close to a live partner's comes back
 * with those partners first; submitting again with confirmSimilar creates it anyway.
 */
export async function createPartnerAction(previous: PartnerFormState, formData: FormData): Promise<PartnerFormState> {
  let similar: SimilarPartner[] = [];
  const run = formAction({ schema: partnerFields, roles: OFFICE }, async ({ confirmSimilar, ...input }, actor) => {
    const refused = await refuseInput(partnerInputSchema, input);
    if (refused) return refused;
    let id: string | undefined;
    try {
      const result = await createPartner(actor, input, { confirmSimilar: confirmSimilar === "1" });
      if (result.similar) {
        similar = result.similar;
        const t = await getTranslations("partnerRecord.similar");
        return { ok: false, fieldErrors: {}, formError: t("title", { count: similar.length }), values: strings(input) };
      }
      id = result.id;
    } catch (error) {
      return refusal(error, strings(input));
    }
    refresh(id);
    redirect(`/partners/${id}`);
  });
  const state = await run(previous, formData);
  return state && !state.ok && similar.length > 0 ? { ...state, similar } : state;
}

export const updatePartnerAction = formAction(
  { schema: z.looseObject({ id: idSchema, version: versionSchema }), roles: OFFICE },
  async ({ id, version, ...input }, actor) => {
    const refused = await refuseInput(partnerInputSchema, { id, version: String(version), ...input });
    if (refused) return refused;
    try {
      await updatePartner(actor, id, input, version);
    } catch (error) {
      return refusal(error, strings({ id, version: String(version), ...input }));
    }
    refresh(id);
    redirect(`/partners/${id}`);
  },
);

export const deletePartnerAction = formAction({ schema: z.object({ id: idSchema }), roles: ADMIN }, async ({ id }, actor) => {
  try {
    await deletePartner(actor, id);
  } catch (error) {
    return refusal(error, { id });
  }
  refresh(id);
  // To the deleted partners, where it now heads the list, with "X is deleted" and its Restore button.
  redirect(`/partners/deleted?deleted=${id}`);
});

export const restorePartnerAction = formAction({ schema: z.object({ id: idSchema }), roles: ADMIN }, async ({ id }, actor) => {
  await restorePartner(actor, id);
  refresh(id);
  revalidatePath("/partners/deleted");
  redirect(`/partners/deleted?restored=${id}`);
});

/** Adds a contact (no id) or saves one (id and version). */
export const saveContactAction = formAction(
  {
    schema: z.looseObject({ partnerId: idSchema, id: idSchema.optional().or(z.literal("")), version: versionSchema.optional().or(z.literal("")) }),
    roles: OFFICE,
  },
  async ({ partnerId, id, version, ...input }, actor) => {
    const values = strings({ partnerId, id: id ?? "", version: String(version ?? ""), ...input });
    const refused = await refuseInput(contactInputSchema, input);
    if (refused) return { ...refused, values };
    try {
      if (id) await updatePartnerContact(actor, id, input, Number(version));
      else await createPartnerContact(actor, partnerId, input);
    } catch (error) {
      return refusal(error, values);
    }
    refresh(partnerId);
    return { ok: true };
  },
);

export const removeContactAction = formAction({ schema: z.object({ id: idSchema }), roles: OFFICE }, async ({ id }, actor) => {
  const { partnerId } = await removePartnerContact(actor, id);
  refresh(partnerId);
  return { ok: true };
});
