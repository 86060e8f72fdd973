"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { isAppError } from "@/lib/data/errors";
import { updateSecuritySettings } from "@/lib/data/settings";
import { formAction } from "./form-action";

/** /admin/settings: the security settings (admin only). A checkbox sends "on" when ticked. */
export const saveSecuritySettings = formAction(
  { schema: z.object({ requireTwoFactor: z.literal("on").optional() }), roles: ["ADMIN"] },
  async (input, actor) => {
    const t = await getTranslations();
    try {
      await updateSecuritySettings(actor, { requireTwoFactor: input.requireTwoFactor === "on" });
    } catch (error) {
      if (isAppError(error) && error.field?.messageKey.startsWith("account.")) {
        return { ok: false, fieldErrors: { [error.field.name]: [t(error.field.messageKey as "account.settings.enrolFirst")] }, values: {} };
      }
      throw error;
    }
    revalidatePath("/admin/settings");
    return { ok: true, message: t("account.settings.saved") };
  },
);
