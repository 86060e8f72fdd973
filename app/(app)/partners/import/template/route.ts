import { getTranslations } from "next-intl/server";
import { PARTNER_IMPORT_FIELDS } from "@/lib/import/partner-import";
import { importTemplateResponse } from "@/lib/import/template";

// The import template: our column names in the user's language and two example rows.
const EXAMPLES: Record<(typeof PARTNER_IMPORT_FIELDS)[number], string>[] = [
  { nameEn: "Tsinghua University", nameNative: "", nameChinese: "清华大学", otherNames: "", acronym: "THU", kind: "UNIVERSITY", country: "CN", city: "Beijing", website: "https://www.tsinghua.edu.cn", rorId: "", erasmusCode: "", status: "ACTIVE", tags: "strategic, summer-school", notes: "" },
  { nameEn: "Technical University of Munich", nameNative: "Technische Universität München", nameChinese: "慕尼黑工业大学", otherNames: "TU München", acronym: "TUM", kind: "UNIVERSITY", country: "DE", city: "Munich", website: "https://www.tum.de", rorId: "02kkvpp62", erasmusCode: "D  MUNCHEN02", status: "ACTIVE", tags: "erasmus", notes: "" },
];

export function GET(): Promise<Response> {
  return importTemplateResponse(async () => {
    const t = await getTranslations("partnerRecord.fields");
    return {
      name: "partners-template",
      sheetName: "partners",
      columns: PARTNER_IMPORT_FIELDS.map((field) => ({ header: t(field), width: field === "nameEn" ? 36 : 18 })),
      examples: EXAMPLES.map((example) => PARTNER_IMPORT_FIELDS.map((field) => example[field])),
    };
  });
}
