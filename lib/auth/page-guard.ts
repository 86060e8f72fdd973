import "server-only";
import { notFound, redirect } from "next/navigation";
import { recordAudit } from "@/lib/data/audit";
import { getCurrentUser, type Actor } from "@/lib/data/current-user";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { requestId } from "@/lib/request-id";
import { routeFor, type AppHref } from "./routes";

/**
 * The first line of every signed-in page: anonymous visitors go to /login and come back
 * to `returnTo` afterwards; a signed-in user whose role may not open the page gets "not
 * found" (decided here, on the server, not by the proxy or the navigation). A user who must
 * still set up two-factor sign-in is sent to /account.
 */
export async function requirePageAccess(href: AppHref, returnTo: string = href): Promise<Actor> {
  const actor = await getCurrentUser();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  // Two-factor sign-in is required for this user's role and not set up yet: enrol first.
  if (actor.twoFactorPending && href !== "/account") redirect("/account");
  if (!routeFor(href).roles.includes(actor.role)) {
    log.warn({ requestId: await requestId(), actorId: actor.id, path: returnTo }, "page refused");
    await recordAudit(db(), { actorId: actor.id, action: "ACCESS_DENIED", entityType: "Page", entityId: returnTo });
    notFound();
  }
  return actor;
}
