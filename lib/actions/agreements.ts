"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AGREEMENT_FIELDS, calendarDate, decisionComment, parseAgreementInput, type InputErrors } from "@/lib/agreements/input";
import { todayOf } from "@/lib/agreements/status";
import {
  approveAgreement, createAgreement, deleteAgreement, discardRenewalDraft, isReferenceNumberInUse, proposeAgreement, renewAgreement, restoreAgreement,
  returnAgreement, terminateAgreement, updateAgreement, withdrawTermination,
  type Decision,
} from "@/lib/data/agreement-changes";
import { searchAgreementPartners, type Choice } from "@/lib/data/agreements";
import { getCurrentUser, type Actor } from "@/lib/data/current-user";
import { isAppError } from "@/lib/data/errors";
import { auditRefusal, formAction, type FormState } from "./form-action";

// The actions of /agreements. formAction checks the caller (office roles) before reading
// the form; the data layer checks again, and decides who may approve, send back or terminate
// (an admin or the agreement's owner) and delete (admins). Every message a person can act on
// is a key under "agreements.errors", shown next to its field.

const OFFICE = ["ADMIN", "STAFF"] as const;
const ADMIN = ["ADMIN"] as const;

const formFields = z.object(
  Object.fromEntries(AGREEMENT_FIELDS.map((field) => [field, z.string().max(200_000).optional()])) as Record<
    (typeof AGREEMENT_FIELDS)[number],
    z.ZodOptional<z.ZodString>
  >,
);
const idSchema = z.uuid({ message: "notFound" });
const versionSchema = z.coerce.number().int().min(1);

type Values = Record<string, string>;

async function withMessages(errors: InputErrors, values: Values, formError?: string): Promise<FormState> {
  const t = await getTranslations("agreements.errors");
  const fieldErrors = Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, [t.has(key as never) ? t(key as never) : t("invalid")]]));
  return { ok: false, fieldErrors, formError: formError ?? t("fixFields"), values };
}

/**
 * The form's problems all at once: a reference number another agreement has is named beside
 * the others, not only after they are fixed (the data layer checks it again when saving).
 */
async function formProblems(errors: InputErrors, values: Values, actor: Actor | null, exceptId?: string): Promise<FormState> {
  const reference = values.referenceNumber?.trim();
  const inUse = !errors.referenceNumber && reference && (await isReferenceNumberInUse(actor, reference, exceptId));
  return withMessages(inUse ? { ...errors, referenceNumber: "referenceInUse" } : errors, values);
}

/** A refusal the person can fix becomes a message next to its field; the rest goes to formAction. */
async function refusal(error: unknown, values: Values): Promise<FormState> {
  if (isAppError(error) && error.field) return withMessages({ [error.field.name]: error.field.messageKey }, values);
  throw error;
}

const stringsOf = (input: Record<string, unknown>): Values =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => typeof value === "string")) as Values;

function refresh(id?: string) {
  revalidatePath("/agreements");
  if (id) revalidatePath(`/agreements/${id}`);
}

export const createAgreementAction = formAction({ schema: formFields, roles: OFFICE }, async (input, actor) => {
  const values = stringsOf(input);
  const parsed = parseAgreementInput(values, todayOf(new Date()));
  if (!parsed.ok) return formProblems(parsed.errors, values, actor);
  let id: string;
  try {
    ({ id } = await createAgreement(actor, parsed.data));
  } catch (error) {
    return refusal(error, values);
  }
  refresh(id);
  redirect(`/agreements/${id}?saved=created`);
});

export const updateAgreementAction = formAction(
  { schema: formFields.extend({ id: idSchema, version: versionSchema }), roles: OFFICE },
  async ({ id, version, ...input }, actor) => {
    const values = { ...stringsOf(input), id, version: String(version) };
    const parsed = parseAgreementInput(values, todayOf(new Date()));
    if (!parsed.ok) return formProblems(parsed.errors, values, actor, id);
    try {
      await updateAgreement(actor, id, { ...parsed.data, version });
    } catch (error) {
      return refusal(error, values);
    }
    refresh(id);
    redirect(`/agreements/${id}?saved=updated`);
  },
);

const decisionSchema = z.object({ id: idSchema, version: versionSchema, comment: decisionComment });

/** A decision's date: the form's date check (a real day), or left out. */
const optionalDay = calendarDate.optional();

type DayField = "signedOn" | "terminatesOn";

/**
 * A workflow decision's action: the agreement, its version and a comment, and for some the
 * date in form field `dayField` (an approval's signature, a termination's first day).
 */
function decisionAction(decide: (actor: Actor | null, id: string, decision: Decision & { day: Date | null }) => Promise<unknown>, dayField?: DayField) {
  const schema = decisionSchema.extend({ signedOn: optionalDay, terminatesOn: optionalDay });
  return formAction({ schema, roles: OFFICE }, async ({ id, version, comment, ...days }, actor) => {
    const day = dayField ? (days[dayField] ?? null) : null;
    try {
      await decide(actor, id, { version, comment, day });
    } catch (error) {
      const typedDay = dayField ? { [dayField]: day?.toISOString().slice(0, 10) ?? "" } : {};
      return refusal(error, { id, version: String(version), comment: comment ?? "", ...typedDay });
    }
    refresh(id);
    return { ok: true };
  });
}

export const proposeAgreementAction = decisionAction(proposeAgreement);

export const approveAgreementAction = decisionAction((actor, id, { day, ...decision }) => approveAgreement(actor, id, { ...decision, signedOn: day }), "signedOn");

export const returnAgreementAction = decisionAction(returnAgreement);

export const terminateAgreementAction = decisionAction(
  (actor, id, { day, ...decision }) => terminateAgreement(actor, id, { ...decision, terminatesOn: day }),
  "terminatesOn",
);

export const withdrawTerminationAction = decisionAction(withdrawTermination);

export const renewAgreementAction = formAction({ schema: z.object({ id: idSchema }), roles: OFFICE }, async ({ id }, actor) => {
  let created: string;
  try {
    ({ id: created } = await renewAgreement(actor, id));
  } catch (error) {
    return refusal(error, { id });
  }
  refresh(id);
  redirect(`/agreements/${created}/edit?renewed=1`);
});

export const deleteAgreementAction = formAction({ schema: z.object({ id: idSchema, version: versionSchema }), roles: ADMIN }, async ({ id, version }, actor) => {
  await deleteAgreement(actor, id, version);
  refresh(id);
  revalidatePath("/agreements/deleted");
  redirect(`/agreements/deleted?deleted=${id}`);
});

export const discardRenewalDraftAction = formAction({ schema: z.object({ id: idSchema, version: versionSchema }), roles: OFFICE }, async ({ id, version }, actor) => {
  const { renewedId } = await discardRenewalDraft(actor, id, version);
  refresh(id);
  refresh(renewedId);
  redirect(`/agreements/${renewedId}`);
});

export const restoreAgreementAction = formAction({ schema: z.object({ id: idSchema }), roles: ADMIN }, async ({ id }, actor) => {
  try {
    await restoreAgreement(actor, id);
  } catch (error) {
    return refusal(error, { id });
  }
  refresh(id);
  revalidatePath("/agreements/deleted");
  redirect(`/agreements/deleted?restored=${id}`);
});

/** The partner picker asks for matching partners as staff type. Nothing for anyone refused. */
export async function findAgreementPartners(text: unknown): Promise<Choice[]> {
  const actor = await getCurrentUser();
  try {
    return await searchAgreementPartners(actor, typeof text === "string" ? text : "");
  } catch (error) {
    if (!isAppError(error)) throw error;
    await auditRefusal(actor, error);
    return [];
  }
}
