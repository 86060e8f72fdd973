"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { updateUserLocale } from "@/lib/data/users";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/locales";
import { formAction } from "./form-action";

const ONE_YEAR = 365 * 24 * 60 * 60;

/** The language switch: remembered in a cookie, and on the account when signed in. */
export const setLocale = formAction(
  { schema: z.object({ locale: z.enum(locales) }), roles: "anyone" },
  async ({ locale }, actor) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
    if (actor) await updateUserLocale(actor, locale);
  },
);
