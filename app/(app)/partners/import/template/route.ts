import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/data/current-user";
import { assertRole, OFFICE_ROLES } from "@/lib/data/access";
import { isAppError } from "@/lib/data/errors";
import { exportResponse } from "@/lib/export/response";
import { PARTNER_IMPORT_FIELDS } from "@/lib/import/partner-import";

// The import template: our column names in the user's language (the import maps them by
// themselves) and two example rows to overwrite.
const EXAMPLES: Record<(typeof PARTNER_IMPORT_FIELDS)[number], string>[] = [
  { nameEn: "Tsinghua University", nameNative: "清华大学", acronym: "THU", kind: "UNIVERSITY", country: "CN", city: "Beijing", website: "https://www.tsinghua.edu.cn", rorId: "", erasmusCode: "", status: "ACTIVE", tags: "strategic, summer-school", notes: "" },
  { nameEn: "Technical University of Munich", nameNative: "Technische Universität München", acronym: "TUM", kind: "UNIVERSITY", country: "DE", city: "Munich", website: "https://www.tum.de", rorId: "02kkvpp62", erasmusCode: "D  MUNCHEN02", status: "ACTIVE", tags: "erasmus", notes: "" },
];

export async function GET(): Promise<Response> {
  try {
    assertRole(await getCurrentUser(), OFFICE_ROLES);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return new Response("Not found", { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
  }
  const t = await getTranslations("partnerRecord.fields");
  async function* rows() {
    yield* EXAMPLES;
  }
  const columns = PARTNER_IMPORT_FIELDS.map((field) => ({ header: t(field), value: (row: (typeof EXAMPLES)[number]) => row[field] || null, width: field === "nameEn" ? 36 : 18 }));
  return exportResponse("xlsx", "partners-template", rows(), columns);
}
