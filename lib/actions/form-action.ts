import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { assertRole, assertSignedIn } from "@/lib/data/access";
import { recordAudit } from "@/lib/data/audit";
import { ConflictError, type Conflict } from "@/lib/data/conflict";
import { getCurrentUser, type Actor } from "@/lib/data/current-user";
import { isAppError, type AppError } from "@/lib/data/errors";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/log";
import { requestId } from "@/lib/request-id";

// The one shape of every form's server action (STYLE.md conventions 2-3): who may call it,
// one zod schema for its input, the data layer does the work, and the form gets back either
// success or { fieldErrors, formError, values } with the typed values (never secrets) echoed
// so nothing is lost. Zod messages and AppError fields are message keys under "errors".

export type FieldErrors = Record<string, string[]>;

export type FormState =
  | {
      ok: true;
      message?: string;
      /** Shown to the user once and kept nowhere (a generated password, an invitation link). */
      once?: Record<string, string>;
    }
  | {
      ok: false;
      fieldErrors: FieldErrors;
      formError?: string;
      values: Record<string, string>;
      /** Someone saved the record after this form was opened (lib/data/conflict.ts). */
      conflict?: Conflict;
    }
  | null;

type FormActionOptions<S extends z.ZodType> = {
  schema: S;
  /**
   * Roles that may call it; "signedIn" for the account's own actions, which any signed-in
   * user needs (two-factor enrolment included); "anyone" for the few actions open to
   * visitors (language, accepting an invitation).
   */
  roles: readonly Role[] | "signedIn" | "anyone";
  /** Fields never echoed back to the browser. */
  secretFields?: readonly string[];
};

type Translate = Awaited<ReturnType<typeof getTranslations<"errors">>>;

function echoValues(formData: FormData, secretFields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !secretFields.includes(key)) values[key] = value;
  }
  return values;
}

function translateKey(t: Translate, key: string): string {
  return t.has(key as never) ? t(key as never) : t("invalid");
}

export function toFieldErrors(error: z.ZodError, t: Translate): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    (fieldErrors[field] ??= []).push(translateKey(t, issue.message));
  }
  return fieldErrors;
}

const codeMessage = {
  UNAUTHENTICATED: "signedOut",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  CONFLICT: "conflict",
  INVALID: "invalid",
} as const satisfies Record<AppError["code"], string>;

/** Logs and audits a refused caller (ACCESS_DENIED), for every action, form or not. */
export async function auditRefusal(actor: Actor | null, error: AppError): Promise<void> {
  if (error.code !== "FORBIDDEN" && error.code !== "UNAUTHENTICATED") return;
  log.warn({ requestId: await requestId(), actorId: actor?.id, code: error.code }, "action refused");
  await recordAudit(db(), { actorId: actor?.id ?? null, action: "ACCESS_DENIED", entityType: "Action" });
}

export function formAction<S extends z.ZodType>(
  options: FormActionOptions<S>,
  handler: (input: z.infer<S>, actor: Actor | null) => Promise<FormState | void>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  const secretFields = options.secretFields ?? [];
  return async (_previous, formData) => {
    const t = await getTranslations("errors");
    const values = echoValues(formData, secretFields);
    let actor: Actor | null = null;
    try {
      actor = await getCurrentUser();
      // The caller is checked before the input, so a refusal never depends on the body.
      if (options.roles === "signedIn") assertSignedIn(actor);
      else if (options.roles !== "anyone") assertRole(actor, options.roles);
      const parsed = options.schema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, t), values };
      return (await handler(parsed.data, actor)) ?? { ok: true };
    } catch (error) {
      // redirect() and notFound() work by throwing: let them through.
      unstable_rethrow(error);
      if (error instanceof ConflictError) {
        // Everything typed stays; the form takes the new version for a deliberate second save.
        const { conflict } = error;
        return { ok: false, fieldErrors: {}, formError: t("conflict"), values: { ...values, version: String(conflict.version) }, conflict };
      }
      if (isAppError(error)) {
        await auditRefusal(actor, error);
        const fieldErrors = error.field ? { [error.field.name]: [translateKey(t, error.field.messageKey)] } : {};
        return { ok: false, fieldErrors, formError: t(codeMessage[error.code]), values };
      }
      const reference = (await requestId()) ?? "-";
      log.error({ err: error, requestId: reference }, "action failed");
      return { ok: false, fieldErrors: {}, formError: t("unexpected", { reference }), values };
    }
  };
}
