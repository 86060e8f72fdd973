"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button, SubmitButton } from "@/components/button";
import { ConfirmAction } from "@/components/confirm-action";
import { ConflictNotice } from "@/components/conflict-notice";
import { DialogActions } from "@/components/dialog";
import { TextArea, TextField } from "@/components/field";
import { FormDialog } from "@/components/form-dialog";
import { FormError } from "@/components/form-error";
import type { FormState } from "@/lib/actions/form-action";
import { removeContactAction, saveContactAction } from "@/lib/actions/partners";
import { CONTACT_LIMITS } from "@/lib/partners/partner-input";

export type ContactView = { id: string; name: string; position: string | null; email: string | null; phone: string | null; notes: string | null; version: number };

/** The partner's contacts with add, edit and remove, each in a dialog. */
export function Contacts({ partnerId, partnerName, contacts }: { partnerId: string; partnerName: string; contacts: readonly ContactView[] }) {
  const t = useTranslations("partnerRecord.contacts");
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-4">
      <p role="status" className={done ? "rounded-field bg-success-50 px-3 py-2 text-sm font-medium text-success-800" : "sr-only"}>
        {done ?? ""}
      </p>
      {contacts.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul aria-label={t("caption", { name: partnerName })} className="flex flex-col divide-y divide-slate-100">
          {contacts.map((contact) => (
            <li key={contact.id} className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between">
              <div className="flex min-w-0 flex-col gap-0.5 text-sm">
                <span className="font-medium break-words text-slate-900">{contact.name}</span>
                {contact.position ? <span className="text-slate-600">{contact.position}</span> : null}
                {contact.email ? (
                  <a href={`mailto:${contact.email}`} className="break-all text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
                    {contact.email}
                  </a>
                ) : null}
                {contact.phone ? (
                  <a href={`tel:${contact.phone.replace(/[^+0-9]/g, "")}`} className="text-slate-700 tabular-nums hover:underline">
                    {contact.phone}
                  </a>
                ) : null}
                {contact.notes ? <span className="whitespace-pre-line text-slate-600">{contact.notes}</span> : null}
              </div>
              <div className="flex shrink-0 gap-2">
                <ContactDialog partnerId={partnerId} contact={contact} onDone={() => setDone(t("saved"))} />
                <RemoveContact contact={contact} onDone={() => setDone(t("removed"))} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <div>
        <ContactDialog partnerId={partnerId} onDone={() => setDone(t("saved"))} />
      </div>
    </div>
  );
}

function ContactDialog({ partnerId, contact, onDone }: { partnerId: string; contact?: ContactView; onDone: () => void }) {
  const t = useTranslations("partnerRecord.contacts");
  return (
    <FormDialog
      title={contact ? t("editTitle", { name: contact.name }) : t("addTitle")}
      closeLabel={t("close")}
      trigger={
        contact ? (
          <Button variant="secondary" size="sm" aria-label={t("editLabel", { name: contact.name })}>
            {t("edit")}
          </Button>
        ) : (
          <Button variant="secondary">{t("add")}</Button>
        )
      }
    >
      {(close) => (
        <ContactForm
          partnerId={partnerId}
          contact={contact}
          close={close}
          onSaved={() => {
            close();
            onDone();
          }}
        />
      )}
    </FormDialog>
  );
}

function ContactForm({ partnerId, contact, close, onSaved }: { partnerId: string; contact?: ContactView; close: () => void; onSaved: () => void }) {
  const t = useTranslations("partnerRecord.contacts");
  const [state, submit] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await saveContactAction(previous, formData);
    if (result?.ok) onSaved();
    return result;
  }, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values;
  const errors = failed?.fieldErrors ?? {};
  const value = (name: "name" | "position" | "email" | "phone" | "notes") => values?.[name] ?? contact?.[name] ?? "";
  return (
    <form action={submit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="partnerId" value={partnerId} />
      <input type="hidden" name="id" value={contact?.id ?? ""} />
      <input type="hidden" name="version" value={values?.version ?? contact?.version ?? ""} />
      {failed?.conflict ? (
        <ConflictNotice conflict={failed.conflict} labels={{ name: t("name"), position: t("position"), email: t("email"), phone: t("phone"), notes: t("notes") }} />
      ) : (
        <FormError message={failed?.formError} />
      )}
      <TextField name="name" maxLength={CONTACT_LIMITS.name} label={t("name")} isRequired autoComplete="off" defaultValue={value("name")} errorMessage={errors.name} />
      <TextField name="position" maxLength={CONTACT_LIMITS.position} label={t("position")} autoComplete="off" defaultValue={value("position")} errorMessage={errors.position} />
      <TextField name="email" maxLength={CONTACT_LIMITS.email} type="email" label={t("email")} autoComplete="off" defaultValue={value("email")} errorMessage={errors.email} />
      <TextField name="phone" maxLength={CONTACT_LIMITS.phone} type="tel" label={t("phone")} autoComplete="off" defaultValue={value("phone")} errorMessage={errors.phone} />
      <TextArea name="notes" maxLength={CONTACT_LIMITS.notes} label={t("notes")} rows={3} defaultValue={value("notes")} errorMessage={errors.notes} />
      <DialogActions>
        <Button variant="secondary" onPress={close}>
          {t("cancel")}
        </Button>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </DialogActions>
    </form>
  );
}

function RemoveContact({ contact, onDone }: { contact: ContactView; onDone: () => void }) {
  const t = useTranslations("partnerRecord.contacts");
  return (
    <ConfirmAction
      action={removeContactAction}
      fields={{ id: contact.id }}
      label={t("remove")}
      triggerAriaLabel={t("removeLabel", { name: contact.name })}
      triggerSize="sm"
      title={t("removeTitle", { name: contact.name })}
      body={t("removeBody")}
      cancelLabel={t("cancel")}
      closeLabel={t("close")}
      isDanger
      onDone={onDone}
    />
  );
}
