import accountEn from "./messages/account.en.json";
import accountZh from "./messages/account.zh.json";
import adminEn from "./messages/admin.en.json";
import adminZh from "./messages/admin.zh.json";
import agreementImportEn from "./messages/agreement-import.en.json";
import agreementImportZh from "./messages/agreement-import.zh.json";
import agreementsEn from "./messages/agreements.en.json";
import agreementsZh from "./messages/agreements.zh.json";
import coreEn from "./messages/core.en.json";
import coreZh from "./messages/core.zh.json";
import documentsEn from "./messages/documents.en.json";
import documentsZh from "./messages/documents.zh.json";
import importEn from "./messages/import.en.json";
import importZh from "./messages/import.zh.json";
import partnerImportEn from "./messages/partner-import.en.json";
import partnerImportZh from "./messages/partner-import.zh.json";
import partnersEn from "./messages/partners.en.json";
import partnersZh from "./messages/partners.zh.json";
import partnerRecordsEn from "./messages/partner-records.en.json";
import partnerRecordsZh from "./messages/partner-records.zh.json";
import ssoEn from "./messages/sso.en.json";
import ssoZh from "./messages/sso.zh.json";
import type { Locale } from "./locales";

// Each feature keeps its messages in its own pair of files (<feature>.en.json and
// <feature>.zh.json, top-level keys of its own), so features never edit the same file.
// Add the pair here; catalogues.test.ts fails when the two languages disagree.
export const catalogues = {
  en: { ...coreEn, ...accountEn, ...adminEn, ...agreementsEn, ...partnersEn, ...partnerRecordsEn, ...partnerImportEn, ...ssoEn, ...documentsEn, ...importEn, ...agreementImportEn },
  zh: { ...coreZh, ...accountZh, ...adminZh, ...agreementsZh, ...partnersZh, ...partnerRecordsZh, ...partnerImportZh, ...ssoZh, ...documentsZh, ...importZh, ...agreementImportZh },
} satisfies Record<Locale, object>;

export type Messages = typeof catalogues.en;
