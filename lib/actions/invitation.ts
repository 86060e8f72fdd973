"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { isAppError } from "@/lib/data/errors";
import { acceptInvitation } from "@/lib/data/invitations";
import { formAction, type FormState } from "./form-action";

// The public /invite/[token] form: the link's token is the credential, so anyone may call
// this; the data layer refuses unknown, used and expired links.

export const acceptInvitationAction = formAction(
  {
    schema: z.object({
      token: z.string().max(100),
      password: z.string().max(1000, "passwordTooLong"),
      confirm: z.string(),
    }),
    roles: "anyone",
    secretFields: ["password", "confirm"],
  },
  async ({ token, password, confirm }): Promise<FormState> => {
    const t = await getTranslations("invitation");
    if (password !== confirm) return { ok: false, fieldErrors: { confirm: [t("mismatch")] }, values: {} };
    try {
      await acceptInvitation(token, password);
      return { ok: true };
    } catch (error) {
      if (isAppError(error) && error.field?.name === "password") {
        // passwordProblem()'s keys live under "errors" (the common-password check adds its own there).
        const te = await getTranslations("errors");
        const key = error.field.messageKey as Parameters<typeof te>[0];
        return { ok: false, fieldErrors: { password: [te.has(key) ? te(key) : te("invalid")] }, values: {} };
      }
      if (isAppError(error) && error.field?.name === "token") {
        const key = error.field.messageKey === "expired" ? "expired" : error.field.messageKey === "used" ? "used" : "unknown";
        return { ok: false, fieldErrors: {}, formError: t(`${key}.body`), values: {} };
      }
      throw error;
    }
  },
);
