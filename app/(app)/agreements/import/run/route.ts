import { getTranslations } from "next-intl/server";
import { checkAgreementImport, importAgreements } from "@/lib/data/agreement-import";
import { AGREEMENT_IMPORT_FIELDS, guessAgreementMapping } from "@/lib/import/agreement-import";
import { importRunRoute } from "@/lib/import/run-route";

// The import page's steps (read, check, import): see lib/import/run-route.ts.
export const POST = importRunRoute({
  kind: "agreements",
  fields: AGREEMENT_IMPORT_FIELDS,
  guessMapping: guessAgreementMapping,
  check: (actor, table, mapping) => checkAgreementImport(actor, table, mapping),
  run: async (actor, table, mapping, { fileName }, onProgress) => {
    const approvalComment = (await getTranslations("agreementImport"))("approvalComment", { file: fileName });
    return importAgreements(actor, table, mapping, { fileName, approvalComment }, onProgress);
  },
  messages: { own: "agreementImport", form: "agreements", labels: "agreementImport.fields" },
});
