"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { clearSessionCookie, reissueSession } from "@/lib/auth/reissue-session";
import { requestAddress } from "@/lib/auth/request-address";
import {
  cancelTwoFactorEnrolment,
  changePassword,
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
} from "@/lib/data/account";
import { assertSignedIn } from "@/lib/data/access";
import { isAppError } from "@/lib/data/errors";
import { signOutEverywhere as endAllSessions } from "@/lib/data/sessions";
import { formAction, type FormState } from "./form-action";

// The actions of /account. They are open to every signed-in user, including one who must
// still set up two-factor sign-in, so their roles are "signedIn" (formAction refuses
// visitors before reading the form) and the data layer checks again. Passwords and codes
// are never echoed back.

/** A form state that may carry freshly made recovery codes, shown once. */
export type RecoveryCodesState = FormState | { ok: true; recoveryCodes: string[] };

const required = z.string().min(1, "required").max(1000, "tooLong");

/** Data-layer refusals keyed under "account." (wrong password or code, throttled…) as field errors. */
async function accountFieldError(error: unknown): Promise<FormState | undefined> {
  if (!isAppError(error) || !error.field?.messageKey.startsWith("account.")) return undefined;
  const t = await getTranslations();
  return { ok: false, fieldErrors: { [error.field.name]: [t(error.field.messageKey as "account.errors.passwordWrong")] }, values: {} };
}

async function handled(work: () => Promise<FormState | void>): Promise<FormState | void> {
  try {
    return await work();
  } catch (error) {
    const state = await accountFieldError(error);
    if (state) return state;
    throw error;
  }
}

export const changeOwnPassword = formAction(
  {
    schema: z.object({ currentPassword: required, newPassword: required, confirmPassword: required }),
    roles: "signedIn",
    secretFields: ["currentPassword", "newPassword", "confirmPassword"],
  },
  (input, actor) =>
    handled(async () => {
      const user = assertSignedIn(actor);
      const t = await getTranslations("account");
      if (input.newPassword !== input.confirmPassword) {
        return { ok: false, fieldErrors: { confirmPassword: [t("errors.passwordsDiffer")] }, values: {} };
      }
      const { sessionVersion } = await changePassword(user, input, await requestAddress());
      await reissueSession(user.id, sessionVersion);
      return { ok: true, message: t("password.changed") };
    }),
);

export const beginTwoFactorSetup = formAction({ schema: z.object({}), roles: "signedIn" }, async (_input, actor) => {
  await startTwoFactorEnrolment(actor);
  revalidatePath("/account");
});

export const cancelTwoFactorSetup = formAction({ schema: z.object({}), roles: "signedIn" }, async (_input, actor) => {
  await cancelTwoFactorEnrolment(actor);
  revalidatePath("/account");
});

function withRecoveryCodes(
  make: (sink: { codes?: string[] }) => (previous: FormState, formData: FormData) => Promise<FormState>,
) {
  return async (formData: FormData): Promise<RecoveryCodesState> => {
    const sink: { codes?: string[] } = {};
    const state = await make(sink)(null, formData);
    return state?.ok && sink.codes ? { ok: true, recoveryCodes: sink.codes } : state;
  };
}

const confirmSetup = withRecoveryCodes((sink) =>
  formAction(
    { schema: z.object({ code: required }), roles: "signedIn", secretFields: ["code"] },
    (input, actor) =>
      handled(async () => {
        const user = assertSignedIn(actor);
        const { recoveryCodes, sessionVersion } = await confirmTwoFactorEnrolment(user, input.code, await requestAddress());
        sink.codes = recoveryCodes;
        await reissueSession(user.id, sessionVersion);
      }),
  ),
);

/** Confirms two-factor with a code from the app; the state carries the new recovery codes. */
export async function confirmTwoFactorSetup(_previous: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  return confirmSetup(formData);
}

const regenerate = withRecoveryCodes((sink) =>
  formAction(
    { schema: z.object({ password: required }), roles: "signedIn", secretFields: ["password"] },
    (input, actor) =>
      handled(async () => {
        const { recoveryCodes } = await regenerateRecoveryCodes(actor, input.password, await requestAddress());
        sink.codes = recoveryCodes;
      }),
  ),
);

export async function regenerateOwnRecoveryCodes(_previous: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  return regenerate(formData);
}

export const turnOffTwoFactor = formAction(
  { schema: z.object({ passwordOrCode: required }), roles: "signedIn", secretFields: ["passwordOrCode"] },
  (input, actor) =>
    handled(async () => {
      const user = assertSignedIn(actor);
      const { sessionVersion } = await disableTwoFactor(user, input.passwordOrCode, await requestAddress());
      await reissueSession(user.id, sessionVersion);
      return { ok: true, message: (await getTranslations("account"))("twoFactor.turnedOff") };
    }),
);

/** Ends every session of the user, this one included, and goes to the sign-in page. */
export const signOutEverywhere = formAction({ schema: z.object({}), roles: "signedIn" }, async (_input, actor) => {
  await endAllSessions(actor, await requestAddress());
  await clearSessionCookie();
  redirect("/login?signedOut=everywhere");
});
