"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { LinkButton, SubmitButton } from "@/components/button";
import { Card } from "@/components/card";
import { ComboBox } from "@/components/combobox";
import { ConflictNotice } from "@/components/conflict-notice";
import { TextArea, TextField } from "@/components/field";
import { FormError } from "@/components/form-error";
import type { ListOption } from "@/components/list-box";
import { Select } from "@/components/select";
import { createAgreementAction, findAgreementPartners, updateAgreementAction } from "@/lib/actions/agreements";
import { AGREEMENT_LIMITS } from "@/lib/agreements/input";
import { AgreementKind } from "@/lib/generated/prisma/enums";
import { ChipPicker } from "./chip-picker";
import { DateInput } from "./native-fields";
import { TermsEditor, termsJson, type TermRow } from "./terms-editor";

/** What the form starts from: a saved agreement (edit) or nothing (new). All text, as typed. */
export type AgreementFormRecord = {
  id?: string;
  version?: number;
  referenceNumber: string;
  title: string;
  kind: string;
  partners: ListOption[];
  facultyIds: string[];
  ownerId: string;
  signedOn: string;
  effectiveOn: string;
  expiresOn: string;
  autoRenews: boolean;
  noticePeriodDays: string;
  ministryApprovalNumber: string;
  ministryApprovedOn: string;
  scope: string;
  tuitionWaiver: string;
  creditRecognition: string;
  notes: string;
  terms: TermRow[];
};

type Faculty = { id: string; label: string };

function parsedList<T>(json: string | undefined, fallback: T[]): T[] {
  if (!json) return fallback;
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as T[]) : fallback;
  } catch {
    return fallback;
  }
}

export function AgreementForm({ record, owners, faculties, cancelHref }: { record: AgreementFormRecord; owners: ListOption[]; faculties: Faculty[]; cancelHref: string }) {
  const t = useTranslations("agreements");
  const isEdit = Boolean(record.id);
  const [state, action] = useActionState(isEdit ? updateAgreementAction : createAgreementAction, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values;
  const errors = failed?.fieldErrors ?? {};
  const value = (field: keyof AgreementFormRecord) => values?.[field] ?? String(record[field] ?? "");

  // Lists live in state (they survive a failed save untouched) and travel as JSON.
  const [partners, setPartners] = useState<ListOption[]>(() => parsedList(values?.partners, record.partners));
  const [facultyIds, setFacultyIds] = useState<string[]>(record.facultyIds);
  const [terms, setTerms] = useState<TermRow[]>(record.terms);
  const [kind, setKind] = useState(record.kind);
  const showMinistry = kind === "COOPERATIVE_PROGRAMME" || Boolean(record.ministryApprovalNumber || record.ministryApprovedOn || values?.ministryApprovalNumber);

  const labels: Record<string, string> = {
    referenceNumber: t("form.referenceNumber"), title: t("form.titleField"), kind: t("form.kind"), ownerId: t("form.owner"), signedOn: t("form.signedOn"),
    effectiveOn: t("form.effectiveOn"), expiresOn: t("form.expiresOn"), autoRenews: t("form.autoRenews"), noticePeriodDays: t("form.noticePeriodDays"),
    ministryApprovalNumber: t("form.ministryApprovalNumber"), ministryApprovedOn: t("form.ministryApprovedOn"), scope: t("form.scope"),
    tuitionWaiver: t("form.tuitionWaiver"), creditRecognition: t("form.creditRecognition"), notes: t("form.notes"), partners: t("form.partners"),
    faculties: t("form.faculties"), terms: t("form.sectionTerms"),
  };
  const display = (field: string, saved: string) =>
    field === "kind" ? t(`kinds.${saved as AgreementKind}`) : field === "ownerId" ? (owners.find((o) => o.id === saved)?.label ?? saved) : field === "autoRenews" ? t(saved === "true" ? "form.yes" : "form.no") : saved;

  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      {record.id ? <input type="hidden" name="id" value={record.id} /> : null}
      {isEdit ? <input type="hidden" name="version" value={values?.version ?? record.version} /> : null}
      <input type="hidden" name="partners" value={JSON.stringify(partners)} />
      <input type="hidden" name="facultyIds" value={facultyIds.join(",")} />
      <input type="hidden" name="terms" value={termsJson(terms)} />
      {failed?.conflict ? <ConflictNotice conflict={failed.conflict} labels={labels} display={display} /> : <FormError message={failed?.formError} />}

      <Card title={t("form.sectionAgreement")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="referenceNumber" maxLength={AGREEMENT_LIMITS.referenceNumber} label={t("form.referenceNumber")} description={t("form.referenceHint")} isRequired autoComplete="off" defaultValue={value("referenceNumber")} errorMessage={errors.referenceNumber} />
          <Select
            name="kind"
            label={t("form.kind")}
            placeholder={t("form.kindPlaceholder")}
            isRequired
            defaultValue={values?.kind ?? (record.kind || null)}
            onChange={(next) => setKind(next ?? "")}
            options={Object.values(AgreementKind).map((k) => ({ id: k, label: t(`kinds.${k}`) }))}
            errorMessage={errors.kind}
          />
          <TextField name="title" maxLength={AGREEMENT_LIMITS.title} label={t("form.titleField")} isRequired autoComplete="off" defaultValue={value("title")} errorMessage={errors.title} className="sm:col-span-2" />
          <div className="sm:col-span-2">
            <ChipPickerForPartners partners={partners} onChange={setPartners} errors={errors.partners} />
          </div>
          <ComboBox
            name="ownerId"
            label={t("form.owner")}
            description={t("form.ownerHint")}
            placeholder={t("form.ownerPlaceholder")}
            emptyMessage={t("form.ownerEmpty")}
            buttonLabel={t("form.ownerButton")}
            options={owners}
            defaultValue={value("ownerId") || null}
            errorMessage={errors.ownerId}
          />
          <fieldset className="flex flex-col gap-1.5">
            <legend className="mb-1.5 text-sm font-medium text-slate-800">{t("form.faculties")}</legend>
            <div className="grid gap-x-4 sm:grid-cols-2">
              {faculties.map((faculty) => (
                <label key={faculty.id} className="flex min-h-10 items-center gap-2 text-sm text-slate-800 sm:min-h-8">
                  <input
                    type="checkbox"
                    checked={facultyIds.includes(faculty.id)}
                    onChange={(event) => setFacultyIds(event.target.checked ? [...facultyIds, faculty.id] : facultyIds.filter((id) => id !== faculty.id))}
                    className="size-4 shrink-0 accent-brand-600"
                  />
                  {faculty.label}
                </label>
              ))}
            </div>
            {errors.facultyIds ? <p className="text-sm text-danger-700">{errors.facultyIds.join(" ")}</p> : null}
          </fieldset>
        </div>
      </Card>

      <Card title={t("form.sectionDates")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <DateInput name="signedOn" label={t("form.signedOn")} defaultValue={value("signedOn")} error={errors.signedOn} />
          <DateInput name="effectiveOn" label={t("form.effectiveOn")} defaultValue={value("effectiveOn")} error={errors.effectiveOn} />
          <DateInput name="expiresOn" label={t("form.expiresOn")} defaultValue={value("expiresOn")} error={errors.expiresOn} />
          <label className="flex gap-3 text-sm sm:col-span-2">
            <input
              key={values ? `v${values.autoRenews}` : "record"}
              type="checkbox"
              name="autoRenews"
              defaultChecked={values ? values.autoRenews === "on" : record.autoRenews}
              className="mt-0.5 size-4 shrink-0 accent-brand-600"
            />
            <span className="flex flex-col gap-0.5">
              <span className="font-medium text-slate-800">{t("form.autoRenews")}</span>
              <span className="text-slate-600">{t("form.autoRenewsHint")}</span>
            </span>
          </label>
          <TextField name="noticePeriodDays" label={t("form.noticePeriodDays")} inputMode="numeric" defaultValue={value("noticePeriodDays")} errorMessage={errors.noticePeriodDays} />
        </div>
      </Card>

      {showMinistry ? (
        <Card title={t("form.sectionMinistry")} description={t("form.ministryHint")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="ministryApprovalNumber" maxLength={AGREEMENT_LIMITS.ministryApprovalNumber} label={t("form.ministryApprovalNumber")} defaultValue={value("ministryApprovalNumber")} errorMessage={errors.ministryApprovalNumber} />
            <DateInput name="ministryApprovedOn" label={t("form.ministryApprovedOn")} defaultValue={value("ministryApprovedOn")} error={errors.ministryApprovedOn} />
          </div>
        </Card>
      ) : null}

      <Card title={t("form.sectionTexts")}>
        <div className="grid gap-4">
          <TextArea name="scope" maxLength={AGREEMENT_LIMITS.scope} label={t("form.scope")} defaultValue={value("scope")} errorMessage={errors.scope} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextArea name="tuitionWaiver" maxLength={AGREEMENT_LIMITS.tuitionWaiver} label={t("form.tuitionWaiver")} rows={3} defaultValue={value("tuitionWaiver")} errorMessage={errors.tuitionWaiver} />
            <TextArea name="creditRecognition" maxLength={AGREEMENT_LIMITS.creditRecognition} label={t("form.creditRecognition")} rows={3} defaultValue={value("creditRecognition")} errorMessage={errors.creditRecognition} />
          </div>
          <TextArea name="notes" maxLength={AGREEMENT_LIMITS.notes} label={t("form.notes")} rows={3} defaultValue={value("notes")} errorMessage={errors.notes} />
        </div>
      </Card>

      <Card title={t("form.sectionTerms")} description={t("form.termsHint")}>
        <TermsEditor rows={terms} onChange={setTerms} partners={partners} errors={errors} />
      </Card>

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <LinkButton href={cancelHref} variant="secondary">
          {t("form.cancel")}
        </LinkButton>
        <SubmitButton pendingLabel={t("form.saving")}>{isEdit ? t("form.save") : t("form.create")}</SubmitButton>
      </div>
    </form>
  );
}

function ChipPickerForPartners({ partners, onChange, errors }: { partners: ListOption[]; onChange: (partners: ListOption[]) => void; errors?: string[] }) {
  const t = useTranslations("agreements.form");
  return (
    <ChipPicker
      label={t("partners")}
      description={t("partnersHint")}
      chosen={partners}
      onChange={onChange}
      search={findAgreementPartners}
      placeholder={t("partnersPlaceholder")}
      emptyMessage={t("partnersEmpty")}
      buttonLabel={t("partnersButton")}
      removeLabel={(name) => t("removePartner", { name })}
      errorMessage={errors}
      isRequired
    />
  );
}

