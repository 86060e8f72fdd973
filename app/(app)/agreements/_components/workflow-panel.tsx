"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { Button, SubmitButton } from "@/components/button";
import { buttonClassName } from "@/components/button-styles";
import { TextArea } from "@/components/field";
import { FormError } from "@/components/form-error";
import { useIsInteractive } from "@/components/use-is-interactive";
import { ConflictNotice } from "@/components/conflict-notice";
import {
  approveAgreementAction, proposeAgreementAction, returnAgreementAction, terminateAgreementAction, withdrawTerminationAction,
} from "@/lib/actions/agreements";
import type { FormState } from "@/lib/actions/form-action";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { DateInput } from "./native-fields";

type Props = {
  id: string;
  version: number;
  status: AgreementStatus;
  /** Active, not past its expiry and no termination recorded: it can be terminated. */
  isInForce: boolean;
  /** A termination to come, as the reader reads dates: its last day in force and the day it takes effect; it can be withdrawn. */
  pendingTermination: { lastDay: string; date: string } | null;
  /**
   * Today and the last day a termination may take effect (YYYY-MM-DD): its expiry, or the day
   * its renewal takes over if that is sooner.
   */
  today: string;
  terminatesBy: string | null;
  /** What the agreement's notice period means for a termination, if it has one. */
  noticeHint: string | null;
  signedOn: string;
  canDecide: boolean;
  ownerName: string | null;
};

const NEXT: Partial<Record<AgreementStatus, AgreementStatus>> = { DRAFT: "IN_NEGOTIATION", IN_NEGOTIATION: "AWAITING_SIGNATURE" };
const PREVIOUS: Partial<Record<AgreementStatus, AgreementStatus>> = { IN_NEGOTIATION: "DRAFT", AWAITING_SIGNATURE: "IN_NEGOTIATION" };

/** What the reader may do next in the approval workflow, as small forms with a comment. */
export function WorkflowPanel({ id, version, status, isInForce, pendingTermination, today, terminatesBy, noticeHint, signedOn, canDecide, ownerName }: Props) {
  const t = useTranslations("agreements");
  const next = NEXT[status];
  const previous = PREVIOUS[status];
  const isFinished = !next && !previous;
  // Who may take a decision the reader may not: an admin, or the owner named.
  const decidedBy = (decision: "decide" | "terminate" | "withdraw") => (
    <p className="text-sm text-slate-600">{ownerName ? t(`workflow.${decision}Only`, { owner: ownerName }) : t(`workflow.${decision}OnlyNoOwner`)}</p>
  );
  return (
    <div className="flex flex-col gap-5">
      {next ? (
        <DecisionForm
          action={proposeAgreementAction}
          id={id}
          version={version}
          button={t("workflow.propose", { status: t(`statuses.${next}`) })}
          hint={t("workflow.proposeHint")}
          commentLabel={t("workflow.commentOptional")}
        />
      ) : null}
      {status === "AWAITING_SIGNATURE" && canDecide ? (
        <DecisionForm
          action={approveAgreementAction}
          id={id}
          version={version}
          button={t("workflow.approve")}
          hint={t("workflow.approveHint")}
          commentLabel={t("workflow.commentOptional")}
          date={{ name: "signedOn", label: t("workflow.signedOn"), defaultValue: signedOn }}
        />
      ) : null}
      {previous && canDecide ? (
        <DecisionForm
          action={returnAgreementAction}
          id={id}
          version={version}
          button={t("workflow.return")}
          hint={t("workflow.returnHint", { status: t(`statuses.${previous}`) })}
          commentLabel={t("workflow.returnComment")}
          isCommentRequired
          variant="secondary"
        />
      ) : null}
      {previous && !canDecide ? decidedBy("decide") : null}
      {isFinished ? <p className="text-sm text-slate-600">{t("workflow.finished")}</p> : null}
      {isInForce && canDecide ? (
        <DecisionDisclosure
          summary={t("workflow.terminateOpen")}
          cancel={t("detail.cancel")}
          action={terminateAgreementAction}
          id={id}
          version={version}
          button={t("workflow.terminate")}
          hint={t("workflow.terminateHint")}
          commentLabel={t("workflow.terminateReason")}
          isCommentRequired
          variant="danger"
          date={{ name: "terminatesOn", label: t("workflow.terminatesOn"), defaultValue: today, hint: noticeHint ?? undefined, min: today, max: terminatesBy ?? undefined }}
        />
      ) : null}
      {isInForce && !canDecide ? decidedBy("terminate") : null}
      {pendingTermination ? <p className="text-sm font-medium text-slate-900">{t("workflow.pending", pendingTermination)}</p> : null}
      {pendingTermination && canDecide ? (
        <DecisionForm
          action={withdrawTerminationAction}
          id={id}
          version={version}
          button={t("workflow.withdraw")}
          hint={t("workflow.withdrawHint")}
          commentLabel={t("workflow.withdrawReason")}
          isCommentRequired
          variant="secondary"
        />
      ) : null}
      {pendingTermination && !canDecide ? decidedBy("withdraw") : null}
    </div>
  );
}

type DecisionFormProps = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  id: string;
  version: number;
  button: string;
  hint: string;
  commentLabel: string;
  isCommentRequired?: boolean;
  /** A date the decision takes (the signature's, a termination's), prefilled. */
  date?: { name: string; label: string; defaultValue: string; hint?: string; min?: string; max?: string };
  variant?: "primary" | "secondary" | "danger";
};

type Disclosure = { summary: string; cancel: string; onCancel: () => void; isFocusedOnMount: boolean };

/**
 * A destructive decision (terminating) waits behind a secondary "Terminate…", so an agreement
 * is never one click from ending. Cancel starts the form afresh, closed:
 * what was typed and any refusal go with it.
 */
function DecisionDisclosure({ summary, cancel, ...form }: DecisionFormProps & { summary: string; cancel: string }) {
  const [round, setRound] = useState(0);
  return <DecisionForm key={round} {...form} disclosure={{ summary, cancel, onCancel: () => setRound((n) => n + 1), isFocusedOnMount: round > 0 }} />;
}

function DecisionForm({ action, id, version, button, hint, commentLabel, isCommentRequired, date, variant, disclosure }: DecisionFormProps & { disclosure?: Disclosure }) {
  const t = useTranslations("agreements");
  const [state, submit] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  // A refusal always opens the disclosure, so its message and the typed values are in view:
  // on the server (a submit without JavaScript) from the first render, in the browser as the
  // refusal arrives.
  const [isOpen, setOpen] = useState(failed !== null);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (failed) setOpen(true);
  }
  const summaryRef = useRef<HTMLElement>(null);
  const isFocusedOnMount = disclosure?.isFocusedOnMount;
  useEffect(() => {
    // Cancel took focus with it: give it to the summary that replaced the form.
    if (isFocusedOnMount) summaryRef.current?.focus();
  }, [isFocusedOnMount]);

  const form = (
    <form
      action={submit}
      noValidate
      aria-label={button}
      className={clsx("flex flex-col gap-3", disclosure ? "mt-4" : "border-t border-slate-100 pt-4 first:border-t-0 first:pt-0")}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {failed?.conflict ? <ConflictNotice conflict={failed.conflict} labels={{}} /> : <FormError message={failed?.formError} />}
      <p className="text-sm text-slate-600">{hint}</p>
      {date ? (
        <DateInput
          name={date.name}
          label={date.label}
          hint={date.hint}
          min={date.min}
          max={date.max}
          defaultValue={failed?.values[date.name] ?? date.defaultValue}
          error={errors[date.name]}
          isRequired
        />
      ) : null}
      <TextArea
        name="comment"
        label={commentLabel}
        rows={2}
        isRequired={isCommentRequired}
        defaultValue={failed?.values.comment ?? ""}
        errorMessage={errors.comment ?? errors.workflow}
      />
      <div className="flex flex-wrap items-center gap-2">
        <SubmitButton variant={variant} pendingLabel={t("workflow.working")}>
          {button}
        </SubmitButton>
        {disclosure ? <CancelButton label={disclosure.cancel} onCancel={disclosure.onCancel} /> : null}
      </div>
    </form>
  );
  if (!disclosure) return form;
  return (
    <details
      open={isOpen}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="group border-t border-slate-100 pt-4 first:border-t-0 first:pt-0"
    >
      <summary
        ref={summaryRef}
        className={clsx(buttonClassName({ variant: "secondary" }), "cursor-pointer list-none group-open:bg-slate-100 [&::-webkit-details-marker]:hidden")}
      >
        {disclosure.summary}
        <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4 text-slate-500 transition-transform group-open:rotate-180" fill="none" stroke="currentColor" strokeWidth="1.75">
          <path d="m4 6 4 4 4-4" />
        </svg>
      </summary>
      {form}
    </details>
  );
}

/**
 * Closes the disclosure. It needs JavaScript, so it shows only once the page has it; before
 * then the summary above closes the form.
 */
function CancelButton({ label, onCancel }: { label: string; onCancel: () => void }) {
  const isInteractive = useIsInteractive();
  const { pending } = useFormStatus();
  if (!isInteractive) return null;
  return (
    <Button variant="ghost" isDisabled={pending} onPress={onCancel}>
      {label}
    </Button>
  );
}
