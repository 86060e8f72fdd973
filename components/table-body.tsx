"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

/**
 * A table body whose plain links navigate in the app like next/link (no reload), by one
 * click handler for the whole body instead of a Link per row. A list page renders fifty
 * rows: fifty Links cost a few milliseconds of server rendering on every view (bench/) and
 * each would prefetch its record as it scrolls into view. Clicks that ask for something
 * else (another tab, a download, another site) are left to the browser.
 */
export function TableBody({ children }: { children: ReactNode }) {
  const router = useRouter();
  function navigate(event: MouseEvent<HTMLTableSectionElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest("a[href]");
    if (!(link instanceof HTMLAnchorElement) || !event.currentTarget.contains(link)) return;
    if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return;
    const url = new URL(link.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    router.push(`${url.pathname}${url.search}${url.hash}`);
  }
  return <tbody onClick={navigate}>{children}</tbody>;
}
