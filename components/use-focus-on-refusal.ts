"use client";

import { useEffect, useRef, type RefObject } from "react";
import { useFormStatus } from "react-dom";
import { useIsInteractive } from "./use-is-interactive";

/**
 * Props for a form's refusal (its error banner or conflict notice) that move focus to it
 * after every failed submit: focus scrolls it into view from a Save button at the bottom of
 * a long form, and screen readers read it out, even when a second refusal says the same.
 * It happens when the refusal appears, and when the enclosing <form> stops being pending
 * while it is shown; never while the page hydrates (a refusal rendered by the server, e.g.
 * after a submit without JavaScript, leaves focus where the browser put it).
 * scroll-mt keeps it clear of the sticky app bar, as `:target` is in globals.css.
 */
export function useFocusOnRefusal<T extends HTMLElement>(isShown: boolean): { ref: RefObject<T | null>; tabIndex: -1; className: string } {
  const ref = useRef<T>(null);
  const { pending } = useFormStatus();
  const isHydrating = useRef(!useIsInteractive());
  useEffect(() => {
    if (isHydrating.current) {
      isHydrating.current = false;
      return;
    }
    if (isShown && !pending) ref.current?.focus();
  }, [isShown, pending]);
  return { ref, tabIndex: -1, className: "scroll-mt-20 rounded-card focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600" };
}
