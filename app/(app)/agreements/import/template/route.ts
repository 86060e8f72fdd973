import { getTranslations } from "next-intl/server";
import { AGREEMENT_IMPORT_FIELDS, type AgreementImportField } from "@/lib/import/agreement-import";
import { importTemplateResponse } from "@/lib/import/template";

// The agreements import template: our column names in the user's language, two example rows
// (a signed agreement and a draft; the partners must exist in Meridian) and a sheet saying
// what each column holds, that signed rows are recorded as approved, and that mobility
// terms are not imported.
const EXAMPLES: Partial<Record<AgreementImportField, string>>[] = [
  {
    referenceNumber: "TUM-SE-2025", title: "Student exchange with the Technical University of Munich", kind: "Student exchange",
    partners: "Technical University of Munich", status: "Active", signedOn: "2025-03-14", effectiveOn: "2025-09-01", expiresOn: "2030-08-31",
    autoRenews: "Yes", noticePeriodDays: "180", faculties: "", scope: "Semester exchange of up to four students a year each way.",
  },
  {
    referenceNumber: "THU-MOU-2026", title: "Memorandum of understanding with Tsinghua University", kind: "MOU", partners: "Tsinghua University",
    status: "Draft", autoRenews: "No",
  },
];

export function GET(): Promise<Response> {
  return importTemplateResponse(async () => {
    const t = await getTranslations("agreementImport");
    return {
      name: "agreements-template",
      sheetName: "agreements",
      columns: AGREEMENT_IMPORT_FIELDS.map((field) => ({ header: t(`fields.${field}`), width: field === "title" || field === "partners" || field === "scope" ? 36 : 18 })),
      examples: EXAMPLES.map((example) => AGREEMENT_IMPORT_FIELDS.map((field) => example[field] ?? "")),
      notes: {
        sheetName: t("templateNotes"),
        lines: [
          ...AGREEMENT_IMPORT_FIELDS.map((field) => [t(`fields.${field}`), t(`hints.${field}`)]),
          [],
          [t("statusTitle"), t("statusRule")],
          ["", t("noTerms")],
        ],
      },
    };
  });
}
