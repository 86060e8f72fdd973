"use client";

import clsx from "clsx";
import { CloseButton } from "./close-button";
import { useEffect, useRef } from "react";
import {
  Text,
  UNSTABLE_Toast as AriaToast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from "react-aria-components";

export type ToastTone = "neutral" | "success" | "danger";

export type ToastMessage = {
  title: string;
  description?: string;
  tone?: ToastTone;
};

export type ShowToastOptions = {
  /** Milliseconds before it closes itself; `null` keeps it until dismissed. */
  timeout?: number | null;
  onClose?: () => void;
};

// One queue per browser tab at module level: any client component can raise a toast
// without a context provider, and toasts survive client-side navigation.
const queue = new ToastQueue<ToastMessage>({ maxVisibleToasts: 3 });

/**
 * Shows a toast and returns its key. Errors stay until dismissed (people must get to read
 * them); others close after 6 s, above the 5 s react-aria recommends for reading time.
 */
export function showToast(message: ToastMessage, options: ShowToastOptions = {}): string {
  const fallback = message.tone === "danger" ? null : 6000;
  const timeout = options.timeout === undefined ? fallback : options.timeout;
  return queue.add(message, { timeout: timeout ?? undefined, onClose: options.onClose });
}

export function closeToast(key: string): void {
  queue.close(key);
}

const api = { show: showToast, close: closeToast };

/** Hook-shaped access to the queue, for callers that prefer `const toast = useToast()`. */
export function useToast(): typeof api {
  return api;
}

export type ToasterProps = {
  /** Name of the notifications landmark, e.g. t("common.notifications"). */
  label: string;
  /** Accessible name of each toast's × button, e.g. t("common.close"). */
  closeLabel: string;
};

/** Render once, in the root layout. It draws nothing until a toast is shown. */
export function Toaster({ label, closeLabel }: ToasterProps) {
  return (
    <ToastRegion
      queue={queue}
      aria-label={label}
      className="fixed inset-x-3 bottom-3 z-[60] flex flex-col-reverse gap-2 outline-none sm:inset-x-auto sm:end-4 sm:bottom-4 sm:w-96"
    >
      {({ toast }) => (
        <AriaToast
          toast={toast}
          className={clsx(
            "flex items-start gap-3 rounded-card border bg-white py-3 ps-4 pe-2 shadow-overlay outline-none animate-rise-in",
            "data-focus-visible:outline-2 data-focus-visible:outline-solid data-focus-visible:outline-offset-2 data-focus-visible:outline-brand-600",
            toneBorder[toast.content.tone ?? "neutral"],
          )}
        >
          <ToneIcon tone={toast.content.tone ?? "neutral"} />
          <ToastContent className="flex min-w-0 flex-1 flex-col gap-0.5 py-0.5">
            <Text slot="title" className="text-sm font-medium text-slate-900">
              {toast.content.title}
            </Text>
            {toast.content.description ? (
              <Text slot="description" className="text-sm text-slate-600">
                {toast.content.description}
              </Text>
            ) : null}
          </ToastContent>
          <CloseButton slot="close" label={closeLabel} />
        </AriaToast>
      )}
    </ToastRegion>
  );
}

/**
 * Shows a toast once when it mounts: for messages that survive a redirect, e.g. a page
 * rendering <ToastOnMount title={t("partners.saved")} tone="success" /> after a save.
 */
export function ToastOnMount({ timeout, ...message }: ToastMessage & { timeout?: number | null }) {
  // Strict Mode runs effects twice in development; one toast is enough.
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) return;
    shown.current = true;
    showToast(message, { timeout });
    // Shown once per mount on purpose: later prop changes are not new events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

const toneBorder: Record<ToastTone, string> = {
  neutral: "border-slate-200",
  success: "border-success-200",
  danger: "border-danger-200",
};

function ToneIcon({ tone }: { tone: ToastTone }) {
  if (tone === "neutral") return null;
  const isSuccess = tone === "success";
  return (
    <svg
      viewBox="0 0 20 20"
      fill="currentColor"
      aria-hidden="true"
      className={clsx("mt-0.5 size-5 shrink-0", isSuccess ? "text-success-600" : "text-danger-600")}
    >
      {isSuccess ? (
        <path
          fillRule="evenodd"
          d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-9.6a.75.75 0 0 0-1.22-.88l-3.24 4.5-1.62-1.62a.75.75 0 1 0-1.06 1.06l2.25 2.25a.75.75 0 0 0 1.14-.09l3.75-5.22Z"
        />
      ) : (
        <path
          fillRule="evenodd"
          d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
        />
      )}
    </svg>
  );
}
