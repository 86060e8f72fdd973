import { checkPartnerImport, importPartners } from "@/lib/data/partner-import";
import { guessMapping, PARTNER_IMPORT_FIELDS, PARTNER_MAPPING_TAKEOVERS } from "@/lib/import/partner-import";
import { importRunRoute } from "@/lib/import/run-route";

// The import page's steps (read, check, import): see lib/import/run-route.ts.
export const POST = importRunRoute({
  kind: "partners",
  fields: PARTNER_IMPORT_FIELDS,
  guessMapping,
  takesOver: PARTNER_MAPPING_TAKEOVERS,
  check: checkPartnerImport,
  run: (actor, table, mapping, _source, onProgress) => importPartners(actor, table, mapping, onProgress),
  messages: { own: "partnerImport", form: "partnerRecord", labels: "partnerRecord.fields" },
});
