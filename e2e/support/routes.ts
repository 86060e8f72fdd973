import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { appRoutes, homeFor, type AppRoute } from "@/lib/auth/routes";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { DemoRole } from "../accounts";

// Every page of the app, found on disk (app/**/page.tsx), and what each kind of visitor
// must get from it. The access specs (authz-routes, proxy-bypass, canary-leak) all read
// this module, so a new page is covered by all three the moment it exists:
//
// - a signed-in page: its entry in `appRoutes` (lib/auth/routes.ts) — or, for a page
//   below one (/partners/[id]), the nearest entry above it, whose href it passes to
//   requirePageAccess — says which roles may open it;
// - a page for visitors: one line in `publicPages` below;
// - a dynamic segment ([id]): one line in `sampleParams` below, naming a real record.
//
// A page in none of these tables fails authz-routes.spec.ts.

export type Visitor = "anonymous" | DemoRole;
export const visitors: readonly Visitor[] = ["anonymous", "student", "staff", "admin"];

const roleOf: Record<DemoRole, Role> = { student: "STUDENT", staff: "STAFF", admin: "ADMIN" };

export type Outcome = { status: 200 } | { status: 404 } | { redirect: string };
const ok: Outcome = { status: 200 };
const home = (who: DemoRole): Outcome => ({ redirect: homeFor(roleOf[who]) });
const signedInHome = { student: home("student"), staff: home("staff"), admin: home("admin") };

/** Pages outside the signed-in shell, by route pattern: what each visitor gets. */
export const publicPages: Record<string, Record<Visitor, Outcome>> = {
  "/": { anonymous: { redirect: "/login" }, ...signedInHome },
  "/login": { anonymous: ok, ...signedInHome },
  // The link is the authorisation: anyone may open it; a wrong token shows "invalid link".
  "/invite/[token]": { anonymous: ok, student: ok, staff: ok, admin: ok },
  // The bench's yardsticks: absent unless the server runs with MERIDIAN_BENCH (bench/README.md).
  "/bench/bare": { anonymous: { status: 404 }, student: { status: 404 }, staff: { status: 404 }, admin: { status: 404 } },
  "/bench/shell": { anonymous: { status: 404 }, student: { status: 404 }, staff: { status: 404 }, admin: { status: 404 } },
  "/bench/rows": { anonymous: { status: 404 }, student: { status: 404 }, staff: { status: 404 }, admin: { status: 404 } },
};

/**
 * A real value for each dynamic segment, by route pattern, read from the e2e database (demo
 * data, or a record the function creates). Example for a partner's page:
 *   "/partners/[id]": async (db) => ({ id: (await db.partner.findFirstOrThrow({ where: { deletedAt: null } })).id }),
 */
export const sampleParams: Record<string, (db: Db) => Promise<Record<string, string | string[]>>> = {
  "/admin/users/[id]": async (db) => ({ id: (await db.user.findFirstOrThrow({ where: { email: "staff@example.edu" } })).id }),
  "/invite/[token]": async () => ({ token: "not-a-real-invitation-token" }),
  "/partners/[id]": async (db) => ({ id: (await db.partner.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { nameEn: "asc" } })).id }),
  "/partners/[id]/edit": async (db) => ({ id: (await db.partner.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { nameEn: "asc" } })).id }),
  "/agreements/[id]": async (db) => ({ id: (await db.agreement.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { createdAt: "asc" } })).id }),
  "/agreements/[id]/edit": async (db) => ({ id: (await db.agreement.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { createdAt: "asc" } })).id }),
};

export type PageRoute = {
  /** The URL pattern, e.g. "/partners/[id]". */
  pattern: string;
  /** The page file, for messages. */
  file: string;
  dynamic: boolean;
};

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const APP_DIR = join(ROOT, "app");
const PAGE_FILE = /^page\.(tsx|ts|jsx|js|mdx)$/;

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // Private folders (_components) are never routes, whatever they hold.
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : pageFiles(path);
    return PAGE_FILE.test(entry.name) ? [path] : [];
  });
}

/** The URL pattern of a page's folders: route groups "(app)" and parallel slots "@x" add nothing. */
function patternOfSegments(segments: readonly string[], what: string): string {
  const kept = segments.filter((segment) => {
    if (/^\(\.{1,3}\)/.test(segment)) throw new Error(`${what}: intercepting routes are not supported by the route table yet`);
    return !/^\(.*\)$/.test(segment) && !segment.startsWith("@");
  });
  return `/${kept.join("/")}`;
}

export function patternOf(file: string): string {
  return patternOfSegments(relative(APP_DIR, file).split(sep).slice(0, -1), file);
}

/** The URL pattern of a build's page entry, e.g. "app/(app)/admin/users/page" → "/admin/users". */
export function patternOfEntry(entry: string): string {
  return patternOfSegments(entry.split("/").slice(1, -1), entry);
}

/** Every page on disk, found when the spec is loaded (so a new page is a new test). */
export function discoverPages(): PageRoute[] {
  const byPattern = new Map<string, PageRoute>();
  for (const file of pageFiles(APP_DIR)) {
    const pattern = patternOf(file);
    byPattern.set(pattern, { pattern, file: relative(ROOT, file), dynamic: pattern.includes("[") });
  }
  return [...byPattern.values()].sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The appRoutes entry guarding a pattern: its own, or the nearest one above it. */
export function guardingRoute(pattern: string): AppRoute | undefined {
  const routes = appRoutes as readonly AppRoute[];
  return routes
    .filter((route) => pattern === route.href || pattern.startsWith(`${route.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

/** Whether the tables know this page at all; a page they don't know fails authz-routes. */
export function isInRouteTables(pattern: string): boolean {
  return pattern in publicPages || guardingRoute(pattern) !== undefined;
}

/** What a visitor must get from `url` (a concrete URL of `pattern`). */
export function expectedOutcome(pattern: string, url: string, visitor: Visitor): Outcome {
  const page = publicPages[pattern];
  if (page) return page[visitor];
  const route = guardingRoute(pattern);
  if (!route) throw new Error(`${pattern} is in neither appRoutes (lib/auth/routes.ts) nor publicPages (e2e/support/routes.ts)`);
  if (visitor === "anonymous") return { redirect: `/login?callbackUrl=${encodeURIComponent(url)}` };
  return route.roles.includes(roleOf[visitor]) ? ok : { status: 404 };
}

/** A concrete URL for a pattern, dynamic segments filled from `sampleParams`. */
export async function urlFor(route: PageRoute, db: () => Db): Promise<string> {
  if (!route.dynamic) return route.pattern;
  const sample = sampleParams[route.pattern];
  if (!sample) throw new Error(`${route.file}: add a sample for ${route.pattern} to sampleParams in e2e/support/routes.ts`);
  const params = await sample(db());
  return route.pattern.replace(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`sampleParams["${route.pattern}"] gives no "${name}"`);
    return Array.isArray(value) ? value.map(encodeURIComponent).join("/") : encodeURIComponent(value);
  });
}

/** Whether a visitor gets the page itself (200), e.g. the pages canary-leak reads as a student. */
export function opensFor(pattern: string, visitor: Visitor): boolean {
  if (!isInRouteTables(pattern)) return false;
  const outcome = expectedOutcome(pattern, pattern, visitor);
  return "status" in outcome && outcome.status === 200;
}
