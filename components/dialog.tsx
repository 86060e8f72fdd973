"use client";

import clsx from "clsx";
import { CloseButton } from "./close-button";
import { useId } from "react";
import type { ReactNode } from "react";
import {
  Dialog as AriaDialog,
  DialogTrigger,
  Heading,
  Modal,
  ModalOverlay,
} from "react-aria-components";

export type DialogProps = {
  /**
   * The element that opens the dialog, normally a <Button>; react-aria wires its onPress.
   * Leave it out to control the dialog with isOpen/onOpenChange instead.
   */
  trigger?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** Accessible name of the × button, e.g. t("common.close"). */
  closeLabel: string;
  /** Content, or a function receiving `close` for Cancel buttons and after-submit closing. */
  children: ReactNode | ((close: () => void) => ReactNode);
  isOpen?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
  /** Close on outside click; off for dialogs holding unsaved input. Escape always closes. */
  isDismissable?: boolean;
  /** "alertdialog" for confirmations of destructive actions. */
  role?: "dialog" | "alertdialog";
  size?: "sm" | "md" | "lg";
};

const widths = { sm: "sm:max-w-sm", md: "sm:max-w-lg", lg: "sm:max-w-2xl" } as const;

export function Dialog({
  trigger,
  title,
  description,
  closeLabel,
  children,
  isOpen,
  defaultOpen,
  onOpenChange,
  isDismissable = true,
  role = "dialog",
  size = "md",
}: DialogProps) {
  const descriptionId = useId();
  const overlay = (
    <ModalOverlay
      isDismissable={isDismissable}
      // Only passed when there is no trigger: DialogTrigger owns the state otherwise.
      {...(trigger === undefined ? { isOpen, defaultOpen, onOpenChange } : {})}
      className={clsx(
        "fixed inset-0 z-50 flex items-end justify-center bg-slate-950/40 sm:items-center sm:p-6",
        "data-entering:animate-fade-in data-exiting:animate-fade-out",
      )}
    >
      <Modal
        className={clsx(
          // A bottom sheet on phones, a centred panel from sm up.
          "flex max-h-[calc(100dvh-2rem)] w-full flex-col overflow-hidden rounded-t-card bg-white shadow-overlay sm:rounded-card",
          widths[size],
          "data-entering:animate-rise-in sm:data-entering:animate-pop-in data-exiting:animate-pop-out",
        )}
      >
        <AriaDialog
          role={role}
          aria-describedby={description ? descriptionId : undefined}
          className="flex min-h-0 flex-1 flex-col outline-none"
        >
          {({ close }) => (
            <>
              <header className="flex items-start gap-3 border-b border-slate-200 px-5 py-4">
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <Heading slot="title" className="text-base font-semibold text-slate-900">
                    {title}
                  </Heading>
                  {description ? (
                    <p id={descriptionId} className="text-sm text-slate-600">
                      {description}
                    </p>
                  ) : null}
                </div>
                <CloseButton onPress={close} label={closeLabel} className="-me-2 -mt-1.5" />
              </header>
              <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4 text-sm text-slate-700">
                {typeof children === "function" ? children(close) : children}
              </div>
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );

  if (trigger === undefined) return overlay;
  return (
    <DialogTrigger isOpen={isOpen} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger}
      {overlay}
    </DialogTrigger>
  );
}

/**
 * Action row at the end of a dialog's content: stacked full-width on phones, right-aligned
 * above. `isAlone` when the dialog has nothing else to show (a confirmation, its text in the
 * header): the row then meets the header, with no empty band between them.
 */
export function DialogActions({ children, isAlone = false }: { children: ReactNode; isAlone?: boolean }) {
  return (
    <div
      className={clsx(
        "-mx-5 -mb-4 flex flex-col-reverse gap-2 border-slate-200 bg-slate-50 px-5 py-3 sm:flex-row sm:justify-end",
        isAlone ? "-mt-4" : "mt-5 border-t",
      )}
    >
      {children}
    </div>
  );
}
