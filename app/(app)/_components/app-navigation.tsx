"use client";

import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

export type NavItem = { href: string; label: string };

function isCurrent(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

function NavLinks({ items, onNavigate }: { items: NavItem[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-col gap-0.5">
      {items.map((item) => {
        const current = isCurrent(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={current ? "page" : undefined}
              className={clsx(
                "flex min-h-10 items-center rounded-field px-3 text-sm font-medium outline-none transition-colors",
                "focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand-600",
                current ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The role's navigation: a sidebar on wide screens, a menu behind a button on phones.
 * `footer` (user, language, sign-out) sits under the links in both.
 */
export function AppNavigation({ items, label, brand, footer }: { items: NavItem[]; label: string; brand: ReactNode; footer: ReactNode }) {
  const t = useTranslations("shell");
  // Closed again by the links themselves (onNavigate) when a page is chosen.
  const [open, setOpen] = useState(false);

  return (
    <>
      <header className="sticky top-0 z-30 flex h-14 items-center justify-between border-b border-slate-200 bg-white px-4 lg:hidden">
        {brand}
        <button
          type="button"
          aria-expanded={open}
          aria-controls="mobile-navigation"
          onClick={() => setOpen((value) => !value)}
          className="inline-flex size-10 items-center justify-center rounded-field text-slate-700 outline-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          <span className="sr-only">{open ? t("closeMenu") : t("openMenu")}</span>
          <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
            {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
          </svg>
        </button>
      </header>
      {open ? (
        <nav id="mobile-navigation" aria-label={label} className="border-b border-slate-200 bg-white px-3 pb-4 pt-2 lg:hidden">
          <NavLinks items={items} onNavigate={() => setOpen(false)} />
          <div className="mt-4 border-t border-slate-200 pt-4">{footer}</div>
        </nav>
      ) : null}
      <aside className="hidden lg:fixed lg:inset-y-0 lg:flex lg:w-64 lg:flex-col lg:border-r lg:border-slate-200 lg:bg-white">
        <div className="flex h-16 items-center px-5">{brand}</div>
        <nav aria-label={label} className="flex-1 overflow-y-auto px-3 py-2">
          <NavLinks items={items} />
        </nav>
        <div className="border-t border-slate-200 p-4">{footer}</div>
      </aside>
    </>
  );
}
