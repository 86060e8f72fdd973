"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

/**
 * A table body whose plain links navigate in the app like next/link (no reload), by one
 * click handler for the whole body instead of a Link per row. A list page renders fifty
 * rows: fifty Links cost a few milliseconds of server rendering on every view (bench/) and
 * each would prefetch its record as it scrolls into view. Clicks that ask for something
 * else (another tab, a download, another site, a place on this page) are left to the
 * browser. Links in a body go to pages: a file or an API route needs `download`.
 */
export function TableBody({ children }: { children: ReactNode }) {
  const router = useRouter();
  function navigate(event: MouseEvent<HTMLTableSectionElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest("a[href]");
    if (!(link instanceof HTMLAnchorElement) || !event.currentTarget.contains(link)) return;
    if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return;
    const url = new URL(link.href);
    const here = window.location;
    if (url.origin !== here.origin) return;
    // A link within this page ("#…") is the browser's to scroll to.
    if (url.hash && url.pathname === here.pathname && url.search === here.search) return;
    event.preventDefault();
    router.push(`${url.pathname}${url.search}${url.hash}`);
  }
  return <tbody onClick={navigate}>{children}</tbody>;
}
