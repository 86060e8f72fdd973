import type { Role } from "@/lib/generated/prisma/enums";

// Every signed-in page, who may open it and where it sits in the navigation. Page guards,
// the navigation and the access tests all read this one table.
export type AppRoute = {
  href: string;
  /** Message key under "nav". */
  key: string;
  roles: readonly Role[];
  /** false: a signed-in page that is not in the main navigation (e.g. /account, in the user menu). */
  nav?: boolean;
};

const OFFICE: readonly Role[] = ["ADMIN", "STAFF"];
const EVERYONE: readonly Role[] = ["ADMIN", "STAFF", "STUDENT"];

export const appRoutes = [
  { href: "/dashboard", key: "dashboard", roles: OFFICE },
  { href: "/partners", key: "partners", roles: OFFICE },
  // Restoring deleted partners is for admins; reached from the partners list, not the menu.
  { href: "/partners/deleted", key: "partners", roles: ["ADMIN"], nav: false },
  { href: "/agreements", key: "agreements", roles: OFFICE },
  // Deleted agreements and their restore: admins only (below /agreements, so listed apart).
  { href: "/agreements/deleted", key: "agreements", roles: ["ADMIN"], nav: false },
  { href: "/exchanges", key: "exchanges", roles: OFFICE },
  { href: "/visits", key: "visits", roles: OFFICE },
  { href: "/experts", key: "experts", roles: OFFICE },
  { href: "/programmes", key: "programmes", roles: OFFICE },
  { href: "/opportunities", key: "opportunities", roles: ["STUDENT"] },
  { href: "/applications", key: "applications", roles: ["STUDENT"] },
  { href: "/admin/users", key: "users", roles: ["ADMIN"] },
  { href: "/admin/audit", key: "audit", roles: ["ADMIN"] },
  { href: "/admin/settings", key: "settings", roles: ["ADMIN"] },
  { href: "/account", key: "account", roles: EVERYONE, nav: false },
] as const satisfies readonly AppRoute[];

export type AppHref = (typeof appRoutes)[number]["href"];

export function routeFor(href: AppHref): AppRoute {
  return appRoutes.find((route) => route.href === href) as AppRoute;
}

export function navigationFor(role: Role): AppRoute[] {
  return (appRoutes as readonly AppRoute[]).filter((route) => route.nav !== false && route.roles.includes(role));
}

/** Where a user lands after signing in without a page to return to. */
export function homeFor(role: Role): string {
  return role === "STUDENT" ? "/opportunities" : "/dashboard";
}

/** True for paths under a signed-in page (the proxy sends anonymous visitors to /login). */
export function isSignedInPath(pathname: string): boolean {
  return appRoutes.some((route) => pathname === route.href || pathname.startsWith(`${route.href}/`));
}

/**
 * A callbackUrl is honoured only when it is a local path, so the sign-in page cannot be
 * used to send people to another site.
 */
export function safeCallbackPath(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  return value;
}
