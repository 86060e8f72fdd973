import "server-only";
import type { Actor } from "@/lib/data/current-user";
import { listAgreementChoices, type AgreementDetail } from "@/lib/data/agreements";
import type { Locale } from "@/lib/i18n/locales";
import type { AgreementFormRecord } from "./agreement-form";

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** A saved agreement as its edit form starts from it. */
export function formRecordOf(agreement: AgreementDetail): AgreementFormRecord {
  return {
    id: agreement.id,
    version: agreement.version,
    referenceNumber: agreement.referenceNumber,
    title: agreement.title,
    kind: agreement.kind,
    partners: agreement.partners.map((p) => ({ id: p.id, label: p.nameEn })),
    facultyIds: agreement.faculties.map((f) => f.id),
    ownerId: agreement.owner?.id ?? "",
    signedOn: isoDate(agreement.signedOn),
    effectiveOn: isoDate(agreement.effectiveOn),
    expiresOn: isoDate(agreement.expiresOn),
    autoRenews: agreement.autoRenews,
    noticePeriodDays: agreement.noticePeriodDays === null ? "" : String(agreement.noticePeriodDays),
    ministryApprovalNumber: agreement.ministryApprovalNumber ?? "",
    ministryApprovedOn: isoDate(agreement.ministryApprovedOn),
    scope: agreement.scope ?? "",
    tuitionWaiver: agreement.tuitionWaiver ?? "",
    creditRecognition: agreement.creditRecognition ?? "",
    notes: agreement.notes ?? "",
    terms: agreement.terms.map((term) => ({
      key: term.id,
      sendingPartnerId: term.sendingPartnerId ?? "",
      receivingPartnerId: term.receivingPartnerId ?? "",
      mobilityType: term.mobilityType,
      fromAcademicYear: String(term.fromAcademicYear),
      toAcademicYear: String(term.toAcademicYear),
      placesPerYear: String(term.placesPerYear),
      duration: String(term.monthsPerYear ?? term.daysPerYear ?? ""),
      eqfLevels: term.eqfLevels,
      iscedCodes: term.iscedCodes,
      languageCode: term.languageCode ?? "",
      cefrLevel: term.cefrLevel ?? "",
      blended: term.blended,
    })),
  };
}

/** A new agreement's form: empty, owned by whoever creates it. */
export function emptyFormRecord(actor: Actor): AgreementFormRecord {
  return {
    referenceNumber: "", title: "", kind: "", partners: [], facultyIds: [], ownerId: actor.id, signedOn: "", effectiveOn: "", expiresOn: "",
    autoRenews: false, noticePeriodDays: "", ministryApprovalNumber: "", ministryApprovedOn: "", scope: "", tuitionWaiver: "",
    creditRecognition: "", notes: "", terms: [],
  };
}

/** The owners and faculties the form offers, with faculty names in the reader's language. */
export async function formChoices(actor: Actor, locale: Locale) {
  const choices = await listAgreementChoices(actor);
  return {
    owners: choices.owners,
    faculties: choices.faculties.map((f) => ({ id: f.id, label: locale === "zh" && f.nameZh ? f.nameZh : f.nameEn })),
  };
}
