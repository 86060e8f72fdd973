"use client";

import { Fragment, useState, type ReactNode } from "react";
import { Dialog, type DialogProps } from "./dialog";

export type FormDialogProps = Omit<DialogProps, "children" | "isOpen" | "defaultOpen" | "onOpenChange" | "isDismissable"> & {
  /** The form; `close` closes the dialog (Cancel, or after saving). */
  children: (close: () => void) => ReactNode;
};

/**
 * A dialog holding a form that starts afresh at every opening, so nothing from an abandoned
 * attempt (typed values, errors, a password shown once) comes back. An outside click does
 * not close it: that would lose what was typed. Escape still does.
 */
export function FormDialog({ children, ...props }: FormDialogProps) {
  const [isOpen, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  return (
    <Dialog
      {...props}
      isOpen={isOpen}
      onOpenChange={(open) => {
        setOpen(open);
        if (!open) setRound((n) => n + 1);
      }}
      isDismissable={false}
    >
      {(close) => <Fragment key={round}>{children(close)}</Fragment>}
    </Dialog>
  );
}
