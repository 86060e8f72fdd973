"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition, type FormEvent, type ReactNode } from "react";

/**
 * A list's filter bar: a plain GET form, so it works before JavaScript loads. With
 * JavaScript it leaves empty and "any" values out of the URL and navigates in place.
 * Paging starts again from the first page whenever the filters are applied.
 */
export function FilterForm({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "" && value !== "any") params.set(key, value.trim());
    }
    const search = params.toString();
    startTransition(() => router.push(search ? `${pathname}?${search}` : pathname));
  }

  return (
    <form role="search" aria-label={label} method="get" onSubmit={submit} aria-busy={isPending} className={className}>
      {children}
    </form>
  );
}
