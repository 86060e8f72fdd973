import type { Messages } from "./catalogues";
import type { Locale } from "./locales";

// Typed message keys: t("nav.partners") is checked at compile time against en.json.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
