"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  createUser,
  endUserSessions,
  resetUserPassword,
  resetUserTwoFactor,
  setUserDisabled,
  updateUser,
  type IssuedCredential,
} from "@/lib/data/admin-users";
import { isAppError } from "@/lib/data/errors";
import { env } from "@/lib/env";
import { formAction, type FormState } from "./form-action";

// The actions of /admin/users. Each re-checks the caller (formAction: admins only) and the
// data layer checks again; the last-admin and duplicate-email refusals get their own words.

const ADMIN = ["ADMIN"] as const;

const roleSchema = z.enum(["ADMIN", "STAFF", "STUDENT"], { message: "required" });
const methodSchema = z.enum(["password", "invitation"], { message: "required" });
const idSchema = z.uuid({ message: "notFound" });
// A checked native checkbox submits "on"; an unchecked one submits nothing.
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");
const nameSchema = z.string({ message: "required" }).trim().min(1, "required").max(200, "tooLong");

async function origin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${proto}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
}

/** The credential as the page shows it once: the password, or the full invitation link. */
async function shown(credential: IssuedCredential, userId: string): Promise<Record<string, string>> {
  return credential.method === "password"
    ? { userId, method: "password", secret: credential.password }
    : { userId, method: "invitation", secret: `${await origin()}/invite/${credential.token}`, expiresAt: credential.expiresAt.toISOString() };
}

/** Our own words for the refusals a person can fix; anything else goes to formAction. */
async function refusal(error: unknown, values: Record<string, string>): Promise<FormState> {
  if (isAppError(error) && error.field) {
    const t = await getTranslations("adminUsers.errors");
    if (error.field.messageKey === "emailTaken") return { ok: false, fieldErrors: { email: [t("emailTaken")] }, values };
    if (error.field.messageKey === "lastAdmin") return { ok: false, fieldErrors: {}, formError: t("lastAdmin"), values };
  }
  throw error;
}

function stringValues(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, typeof value === "boolean" ? (value ? "on" : "") : String(value)]));
}

function refresh(id?: string) {
  revalidatePath("/admin/users");
  if (id) revalidatePath(`/admin/users/${id}`);
  revalidatePath("/admin/audit");
}

export const createUserAction = formAction(
  {
    schema: z.object({
      name: nameSchema,
      email: z.string({ message: "required" }).trim().min(1, "required").max(320, "tooLong").pipe(z.email({ message: "invalid" })),
      role: roleSchema,
      method: methodSchema,
      ssoLinkAllowed: checkbox,
    }),
    roles: ADMIN,
  },
  async (input, actor) => {
    try {
      const { id, credential } = await createUser(actor, input);
      refresh(id);
      return { ok: true, once: await shown(credential, id) };
    } catch (error) {
      return refusal(error, stringValues(input));
    }
  },
);

export const updateUserAction = formAction(
  {
    schema: z.object({
      id: idSchema,
      version: z.coerce.number().int().min(1),
      name: nameSchema,
      role: roleSchema,
      ssoLinkAllowed: checkbox,
    }),
    roles: ADMIN,
  },
  async ({ id, ...changes }, actor) => {
    try {
      await updateUser(actor, id, changes);
      refresh(id);
      return { ok: true };
    } catch (error) {
      return refusal(error, stringValues({ id, ...changes }));
    }
  },
);

export const setUserDisabledAction = formAction(
  { schema: z.object({ id: idSchema, disabled: z.enum(["true", "false"]) }), roles: ADMIN },
  async ({ id, disabled }, actor) => {
    try {
      await setUserDisabled(actor, id, disabled === "true");
      refresh(id);
      return { ok: true };
    } catch (error) {
      return refusal(error, { id, disabled });
    }
  },
);

export const endUserSessionsAction = formAction({ schema: z.object({ id: idSchema }), roles: ADMIN }, async ({ id }, actor) => {
  await endUserSessions(actor, id);
  refresh(id);
  return { ok: true };
});

export const resetUserTwoFactorAction = formAction({ schema: z.object({ id: idSchema }), roles: ADMIN }, async ({ id }, actor) => {
  await resetUserTwoFactor(actor, id);
  refresh(id);
  return { ok: true };
});

export const resetUserPasswordAction = formAction(
  { schema: z.object({ id: idSchema, method: methodSchema }), roles: ADMIN },
  async ({ id, method }, actor) => {
    const credential = await resetUserPassword(actor, id, method);
    refresh(id);
    return { ok: true, once: await shown(credential, id) };
  },
);
