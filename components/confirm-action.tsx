"use client";

import { useActionState, useState } from "react";
import type { FormState } from "@/lib/actions/form-action";
import { Button, SubmitButton } from "./button";
import { Dialog, DialogActions } from "./dialog";
import { FormError } from "./form-error";

export type ConfirmActionProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields the action receives, e.g. the record's id. */
  fields: Record<string, string>;
  /** The trigger's text; `triggerAriaLabel` names it fully when the text is short ("Remove"). */
  label: string;
  triggerAriaLabel?: string;
  title: string;
  body?: string;
  /** The confirming button; defaults to `label`. */
  confirmLabel?: string;
  /** Read out by the confirming button while the action runs. */
  pendingLabel?: string;
  cancelLabel: string;
  closeLabel: string;
  isDanger?: boolean;
  isDisabled?: boolean;
  triggerSize?: "sm" | "md";
  onDone?: () => void;
};

/**
 * A button that asks before it acts: a dialog with the consequences, then the server action.
 * A refusal shows inside the dialog; success closes it and calls onDone.
 */
export function ConfirmAction({
  action, fields, label, triggerAriaLabel, title, body, confirmLabel = label, pendingLabel, cancelLabel, closeLabel,
  isDanger = false, isDisabled = false, triggerSize, onDone,
}: ConfirmActionProps) {
  const [isOpen, setOpen] = useState(false);
  const [state, submit] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result?.ok) {
      setOpen(false);
      onDone?.();
    }
    return result;
  }, null);
  const failed = state && !state.ok ? state : null;

  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={setOpen}
      role={isDanger ? "alertdialog" : "dialog"}
      title={title}
      description={body}
      closeLabel={closeLabel}
      size="sm"
      trigger={
        <Button variant="secondary" size={triggerSize} isDisabled={isDisabled} aria-label={triggerAriaLabel} className={isDanger ? "text-danger-700" : undefined}>
          {label}
        </Button>
      }
    >
      {(close) => (
        <form action={submit}>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <FormError message={failed?.formError} />
          <DialogActions isAlone={!failed?.formError}>
            <Button variant="secondary" onPress={close}>
              {cancelLabel}
            </Button>
            <SubmitButton variant={isDanger ? "danger" : "primary"} pendingLabel={pendingLabel} autoFocus>
              {confirmLabel}
            </SubmitButton>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
