"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Button } from "@/components/button";
import type { ListOption } from "@/components/list-box";
import { ISCED_FIELDS, iscedLabel } from "@/lib/agreements/isced";
import { academicYearOptions, languageOptions } from "@/lib/agreements/term-labels";
import { CefrLevel, MobilityType } from "@/lib/generated/prisma/enums";
import { ChipPicker } from "./chip-picker";
import { RowInput, RowSelect } from "./native-fields";

/** One mobility term as the form edits it: text while typing, checked by the server on save. */
export type TermRow = {
  key: string;
  sendingPartnerId: string;
  receivingPartnerId: string;
  mobilityType: string;
  fromAcademicYear: string;
  toAcademicYear: string;
  placesPerYear: string;
  duration: string;
  eqfLevels: number[];
  iscedCodes: string[];
  languageCode: string;
  cefrLevel: string;
  blended: boolean;
};

const STUDENT_TYPES = new Set<string>(["STUDENT_STUDIES", "STUDENT_TRAINEESHIP"]);

export function newTermRow(partnerId: string | undefined, year: number): TermRow {
  return {
    key: crypto.randomUUID(),
    sendingPartnerId: "",
    receivingPartnerId: partnerId ?? "",
    mobilityType: "STUDENT_STUDIES",
    fromAcademicYear: String(year),
    toAcademicYear: String(year + 4),
    placesPerYear: "2",
    duration: "5",
    eqfLevels: [6],
    iscedCodes: [],
    languageCode: "en",
    cefrLevel: "B2",
    blended: false,
  };
}

/** The rows as the hidden `terms` field submits them (partner "" = our university = null). */
export function termsJson(rows: readonly TermRow[]): string {
  return JSON.stringify(rows.map(({ key: _key, ...row }) => row));
}

export function TermsEditor({
  rows,
  onChange,
  partners,
  errors,
}: {
  rows: readonly TermRow[];
  onChange: (rows: TermRow[]) => void;
  partners: readonly ListOption[];
  errors: Record<string, string[]>;
}) {
  const t = useTranslations("agreements");
  const locale = useLocale();
  const sides = [{ value: "", label: t("terms.ourUniversity") }, ...partners.map((p) => ({ value: p.id, label: p.label }))];
  const isced = useMemo<ListOption[]>(() => ISCED_FIELDS.map((field) => ({ id: field.code, label: iscedLabel(field.code, locale) })), [locale]);
  const update = (index: number, change: Partial<TermRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const year = new Date().getFullYear();

  return (
    <div className="flex flex-col gap-4">
      {errors.terms ? <p className="text-sm text-danger-700">{errors.terms.join(" ")}</p> : null}
      {rows.length === 0 ? <p className="text-sm text-slate-600">{t("terms.none")}</p> : null}
      {rows.map((row, index) => {
        const error = (field: string) => errors[`terms.${index}.${field}`];
        const isStudent = STUDENT_TYPES.has(row.mobilityType);
        const number = index + 1;
        return (
          <fieldset key={row.key} className="rounded-card border border-slate-200 bg-slate-50/60 p-3 sm:p-4">
            <legend className="px-1 text-sm font-semibold text-slate-900">{t("terms.row", { number })}</legend>
            <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
              <RowSelect label={t("terms.sending")} value={row.sendingPartnerId} onChange={(v) => update(index, { sendingPartnerId: v })} options={sides} error={error("sendingPartnerId")} className="col-span-2" />
              <RowSelect label={t("terms.receiving")} value={row.receivingPartnerId} onChange={(v) => update(index, { receivingPartnerId: v })} options={sides} error={error("receivingPartnerId")} className="col-span-2" />
              <RowSelect
                label={t("terms.type")}
                value={row.mobilityType}
                onChange={(v) => update(index, { mobilityType: v })}
                options={Object.values(MobilityType).map((type) => ({ value: type, label: t(`mobilityTypes.${type}`) }))}
                error={error("mobilityType")}
                className="col-span-2"
              />
              <RowSelect label={t("terms.fromYear")} value={row.fromAcademicYear} onChange={(v) => update(index, { fromAcademicYear: v })} options={academicYearOptions(year, row.fromAcademicYear)} error={error("fromAcademicYear")} />
              <RowSelect label={t("terms.toYear")} value={row.toAcademicYear} onChange={(v) => update(index, { toAcademicYear: v })} options={academicYearOptions(year, row.toAcademicYear)} error={error("toAcademicYear")} />
              <RowInput label={t("terms.places")} inputMode="numeric" value={row.placesPerYear} onChange={(v) => update(index, { placesPerYear: v })} error={error("placesPerYear")} isRequired />
              <RowInput
                label={isStudent ? t("terms.months") : t("terms.days")}
                inputMode={isStudent ? "decimal" : "numeric"}
                value={row.duration}
                onChange={(v) => update(index, { duration: v })}
                error={error("duration")}
                isRequired
              />
              <RowSelect
                label={t("terms.language")}
                value={row.languageCode}
                onChange={(v) => update(index, { languageCode: v })}
                options={[{ value: "", label: t("terms.noLanguage") }, ...languageOptions(locale, row.languageCode)]}
                error={error("languageCode")}
              />
              <RowSelect
                label={t("terms.cefr")}
                value={row.cefrLevel}
                onChange={(v) => update(index, { cefrLevel: v })}
                options={[{ value: "", label: t("terms.noLevel") }, ...Object.values(CefrLevel).map((level) => ({ value: level, label: level }))]}
                error={error("cefrLevel")}
              />
            </div>
            <fieldset className="mt-3">
              <legend className="mb-1.5 text-sm font-medium text-slate-800">{t("terms.eqf")}</legend>
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {[5, 6, 7, 8].map((level) => (
                  <label key={level} className="flex min-h-10 items-center gap-2 text-sm text-slate-800 sm:min-h-8">
                    <input
                      type="checkbox"
                      checked={row.eqfLevels.includes(level)}
                      onChange={(event) =>
                        update(index, { eqfLevels: event.target.checked ? [...row.eqfLevels, level].sort() : row.eqfLevels.filter((l) => l !== level) })
                      }
                      className="size-4 accent-brand-600"
                    />
                    {t(`eqf.${level}` as "eqf.5")}
                  </label>
                ))}
              </div>
              {error("eqfLevels") ? <p className="text-sm text-danger-700">{error("eqfLevels")?.join(" ")}</p> : null}
            </fieldset>
            <div className="mt-3">
              <ChipPicker
                label={t("terms.isced")}
                chosen={row.iscedCodes.map((code) => ({ id: code, label: iscedLabel(code, locale) }))}
                onChange={(chosen) => update(index, { iscedCodes: chosen.map((c) => c.id) })}
                search={isced}
                placeholder={t("terms.iscedPlaceholder")}
                emptyMessage={t("terms.iscedEmpty")}
                buttonLabel={t("terms.iscedButton")}
                removeLabel={(name) => t("terms.removeIsced", { name })}
                errorMessage={error("iscedCodes")}
              />
            </div>
            <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
              <label className="flex min-h-10 items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" checked={row.blended} onChange={(event) => update(index, { blended: event.target.checked })} className="size-4 accent-brand-600" />
                {t("terms.blended")}
              </label>
              <Button variant="ghost" onPress={() => onChange(rows.filter((_, i) => i !== index))}>
                {t("terms.remove", { number })}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button variant="secondary" onPress={() => onChange([...rows, newTermRow(partners[0]?.id, year)])}>
          {t("terms.add")}
        </Button>
      </div>
    </div>
  );
}
