"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Fragment, useActionState, type ReactNode } from "react";
import { Alert } from "@/components/alert";
import { LinkButton, SubmitButton } from "@/components/button";
import { buttonClassName } from "@/components/button-styles";
import { ComboBox } from "@/components/combobox";
import { ConflictNotice } from "@/components/conflict-notice";
import { TextArea, TextField } from "@/components/field";
import { FormError } from "@/components/form-error";
import { Select, type SelectOption } from "@/components/select";
import { useFocusOnRefusal } from "@/components/use-focus-on-refusal";
import { createPartnerAction, updatePartnerAction, type PartnerFormState } from "@/lib/actions/partners";
import { PARTNER_LIMITS } from "@/lib/partners/partner-input";
import type { SimilarPartner } from "@/lib/data/partner-records";
import { TagsField } from "./tags-field";

const FIELDS = ["nameEn", "nameNative", "otherNames", "acronym", "kind", "country", "city", "website", "rorId", "erasmusCode", "status", "tags", "notes"] as const;

/** A partner's fields as the form holds them: strings, tags comma-separated, other names one a line. */
export type PartnerFormValues = Record<(typeof FIELDS)[number], string>;

export type PartnerFormProps = {
  /** Absent for a new partner; the record's id and version for an edit. */
  record?: { id: string; version: number };
  initial: PartnerFormValues;
  options: { countries: readonly SelectOption[]; kinds: readonly SelectOption[]; statuses: readonly SelectOption[] };
  tagSuggestions: readonly string[];
  cancelHref: string;
};

type Action = (state: PartnerFormState, formData: FormData) => Promise<PartnerFormState>;

/**
 * Create and edit form of a partner. After a refusal every field shows what was typed and
 * its message; a create whose name is close to existing partners lists them first.
 */
export function PartnerForm({ record, initial, options, tagSuggestions, cancelHref }: PartnerFormProps) {
  const t = useTranslations("partnerRecord");
  const submit = (record ? updatePartnerAction : createPartnerAction) as Action;
  // Each answer remounts the fields (key) with what was typed as their defaults: React resets
  // a form after its action, and a Select's hidden native <select> would otherwise go blank.
  // The buttons stay mounted, so react-aria's "no longer pending" announcement keeps its label.
  const [{ state, round }, action] = useActionState(
    async (previous: { state: PartnerFormState; round: number }, formData: FormData) => ({ state: await submit(previous.state, formData), round: previous.round + 1 }),
    { state: null, round: 0 },
  );
  const failed = state && !state.ok ? state : null;
  const similar: SimilarPartner[] = failed && "similar" in failed ? (failed.similar as SimilarPartner[]) : [];
  const values: PartnerFormValues = { ...initial, ...failed?.values };
  const errors = failed?.fieldErrors ?? {};
  const field = (name: keyof PartnerFormValues) => ({ name, defaultValue: values[name], errorMessage: errors[name] });
  const mode = record ? "edit" : "create";

  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          {/* After a conflict the form carries the version now saved: saving again is deliberate. */}
          <input type="hidden" name="version" value={failed?.values.version ?? record.version} />
        </>
      ) : null}
      {similar.length > 0 ? (
        <SimilarPartners partners={similar} title={failed?.formError} />
      ) : failed?.conflict ? (
        <ConflictNotice
          conflict={failed.conflict}
          labels={Object.fromEntries(FIELDS.map((name) => [name, t(`fields.${name}`)]))}
          display={(name, value) => {
            if (name === "otherNames") return value.split("\n").join(" · ");
            const list = name === "kind" ? options.kinds : name === "status" ? options.statuses : name === "country" ? options.countries : null;
            return list?.find((option) => option.id === value)?.label ?? value;
          }}
        />
      ) : (
        <FormError message={failed?.formError} />
      )}

      <Fragment key={round}>
        <Section title={t("sections.identity")}>
          <TextField {...field("nameEn")} maxLength={PARTNER_LIMITS.nameEn} label={t("fields.nameEn")} description={t("fields.nameEnHint")} isRequired autoComplete="off" className="sm:col-span-2" />
          <TextField {...field("nameNative")} maxLength={PARTNER_LIMITS.nameNative} label={t("fields.nameNative")} description={t("fields.nameNativeHint")} autoComplete="off" className="sm:col-span-2" />
          <TextArea {...field("otherNames")} label={t("fields.otherNames")} description={t("fields.otherNamesHint", { count: PARTNER_LIMITS.otherNames })} rows={2} className="sm:col-span-2" />
          <TextField {...field("acronym")} maxLength={PARTNER_LIMITS.acronym} label={t("fields.acronym")} autoComplete="off" />
        </Section>

        <Section title={t("sections.classification")}>
          <Select {...field("kind")} label={t("fields.kind")} placeholder={t("fields.kindPlaceholder")} options={options.kinds} isRequired />
          <Select {...field("status")} label={t("fields.status")} placeholder={t("fields.statusPlaceholder")} options={options.statuses} isRequired />
        </Section>

        <Section title={t("sections.place")}>
          <ComboBox
            {...field("country")}
            label={t("fields.country")}
            placeholder={t("fields.countryPlaceholder")}
            buttonLabel={t("fields.countryButton")}
            emptyMessage={t("fields.countryNone")}
            options={options.countries}
            isRequired
          />
          <TextField {...field("city")} maxLength={PARTNER_LIMITS.city} label={t("fields.city")} autoComplete="off" />
        </Section>

        <Section title={t("sections.identifiers")}>
          <TextField {...field("website")} maxLength={PARTNER_LIMITS.website} type="url" label={t("fields.website")} description={t("fields.websiteHint")} autoComplete="off" className="sm:col-span-2" />
          <TextField {...field("rorId")} maxLength={PARTNER_LIMITS.rorId} label={t("fields.rorId")} description={t("fields.rorIdHint")} autoComplete="off" />
          <TextField {...field("erasmusCode")} maxLength={PARTNER_LIMITS.erasmusCode} label={t("fields.erasmusCode")} description={t("fields.erasmusCodeHint")} autoComplete="off" />
        </Section>

        <Section title={t("sections.more")}>
          <TagsField
            key={values.tags}
            name="tags"
            label={t("fields.tags")}
            description={t("fields.tagsHint")}
            suggestionsLabel={t("fields.tagSuggestions")}
            addLabel={(tag) => t("fields.addTag", { tag })}
            defaultValue={values.tags}
            suggestions={tagSuggestions}
            errorMessage={errors.tags}
            className="sm:col-span-2"
          />
          <TextArea {...field("notes")} maxLength={PARTNER_LIMITS.notes} label={t("fields.notes")} description={t("fields.notesHint")} rows={4} className="sm:col-span-2" />
        </Section>

      </Fragment>

      <div className="flex flex-col-reverse gap-2 border-t border-slate-200 pt-4 sm:flex-row sm:justify-end">
        <LinkButton href={cancelHref} variant="secondary">
          {t(`${mode}.cancel`)}
        </LinkButton>
        <SubmitButton pendingLabel={t(`${mode}.submitting`)}>{t(`${mode}.submit`)}</SubmitButton>
      </div>
    </form>
  );
}

/**
 * A create refused because its name is close to existing partners: them, and a button to
 * create it all the same. Focused like the form's other refusals (useFocusOnRefusal).
 */
function SimilarPartners({ partners, title }: { partners: SimilarPartner[]; title?: string }) {
  const t = useTranslations("partnerRecord");
  const focus = useFocusOnRefusal<HTMLDivElement>(true);
  return (
    <div role="alert" {...focus}>
      <Alert tone="warning" title={title}>
        <p className="mb-2">{t("similar.body")}</p>
        <p className="sr-only">{t("similar.heading")}</p>
        <ul className="mb-3 flex flex-col gap-1">
          {partners.map((partner) => (
            <li key={partner.id}>
              <Link
                href={`/partners/${partner.id}`}
                aria-label={t("similar.open", { name: partner.nameEn })}
                className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                {partner.nameEn}
              </Link>
              {[partner.nameNative, partner.acronym, partner.city].filter(Boolean).length > 0 ? (
                <span className="text-warning-800"> · {[partner.nameNative, partner.acronym, partner.city].filter(Boolean).join(" · ")}</span>
              ) : null}
            </li>
          ))}
        </ul>
        {/* A real submit button: its name/value reach the action with or without JavaScript. */}
        <button type="submit" name="confirmSimilar" value="1" className={buttonClassName({ variant: "secondary", size: "sm" })}>
          {t("similar.confirm")}
        </button>
        <p className="mt-1 text-xs">{t("similar.confirmHint")}</p>
      </Alert>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-4">
      <legend className="mb-3 text-sm font-semibold tracking-wide text-slate-500 uppercase">{title}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}
