"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/button";
import { restoreAgreementAction } from "@/lib/actions/agreements";

/**
 * Restores one deleted agreement; a refusal (its reference number taken since) shows beside it,
 * with a way out: the search that finds the live agreement holding the number.
 */
export function RestoreButton({ id, reference }: { id: string; reference: string }) {
  const t = useTranslations("agreements.deleted");
  const [state, restore] = useActionState(restoreAgreementAction, null);
  const error = state && !state.ok ? (Object.values(state.fieldErrors)[0]?.[0] ?? state.formError) : undefined;
  const isTaken = state && !state.ok && state.fieldErrors.referenceNumber !== undefined;
  return (
    <form action={restore} aria-label={`${t("restore")} ${reference}`} className="relative z-10 flex flex-col items-end gap-1">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("restoring")}>
        {t("restore")}
      </SubmitButton>
      {error ? (
        <div role="alert" className="max-w-xs text-end text-sm">
          <p className="text-danger-700">{error}</p>
          {isTaken ? (
            <Link href={`/agreements?q=${encodeURIComponent(reference)}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
              {t("takenBy")}
            </Link>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
