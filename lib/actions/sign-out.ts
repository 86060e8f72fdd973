"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { clearSessionCookie } from "@/lib/auth/reissue-session";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { formAction } from "./form-action";

/**
 * "Sign out" in the shell: a form post, so it works before the page's JavaScript has loaded.
 * Open to anyone: a tab whose session has already ended just goes to the sign-in page.
 */
export const signOut = formAction({ schema: z.object({}), roles: "anyone" }, async (_input, actor) => {
  if (actor) await recordAudit(db(), { actorId: actor.id, action: "SIGN_OUT", entityType: "User", entityId: actor.id });
  await clearSessionCookie();
  redirect("/login");
});
