import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError } from "@/lib/env";

/**
 * NEXTAUTH_SECRET when set. Otherwise, except for a production server on an external
 * database, a random secret generated once and kept in the data folder, so the two
 * commands need no configuration and sessions survive restarts.
 */
export function resolveAuthSecret(options: {
  configured?: string;
  dataDir: string;
  embedded: boolean;
  production: boolean;
}): string {
  if (options.configured) return options.configured;
  if (options.production && !options.embedded) {
    throw new ConfigError(
      "NEXTAUTH_SECRET is not set. A production server on an external database needs one shared secret\n" +
        "for all its instances: set NEXTAUTH_SECRET to the output of `openssl rand -base64 32`.",
    );
  }
  const file = join(options.dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(options.dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
