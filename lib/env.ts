import { z } from "zod";

// Every setting Meridian reads, parsed once. Nothing else reads process.env
// (README "Configuration" lists them all).
const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  NEXTAUTH_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  MERIDIAN_DEMO: flag,
  MERIDIAN_DEMO_PASSWORD: z.string().min(8).default("meridian-demo"),
  MERIDIAN_DATA_DIR: z.string().default(".data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Agreement documents: the largest upload accepted, and where files are kept — a folder
  // under MERIDIAN_DATA_DIR, or an S3-compatible bucket when S3_BUCKET is set.
  MERIDIAN_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(500).default(20),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  // Path-style URLs (endpoint/bucket/key), which MinIO, Ceph and most self-hosted stores need.
  S3_FORCE_PATH_STYLE: flag,
  // Serves /bench/bare, /bench/shell and /bench/rows, the benchmark's baseline pages (bench/README.md). Never in production use.
  MERIDIAN_BENCH: flag,
  // Behind a reverse proxy: take the client's address from X-Forwarded-For (lib/auth/client-address.ts).
  TRUST_PROXY: flag,
  // Single sign-on (OpenID Connect) beside passwords (lib/auth/sso-config.ts).
  OIDC_ISSUER: z
    .url()
    .refine(
      (v) => /^https:\/\//.test(v) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(v),
      "must be an https:// URL (http:// only for localhost)",
    )
    .optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_BUTTON_LABEL: z.string().max(80).optional(),
  OIDC_STUDENT_DOMAINS: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((d) => d.trim().toLowerCase()).filter(Boolean))
    .refine(
      (domains) => domains.every((d) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)),
      "must be domain names separated by commas, e.g. students.example.edu",
    ),
}).superRefine(ssoAllOrNothing);

// Single sign-on is configured completely or not at all: a partial configuration stops the
// start instead of silently signing in with passwords only.
function ssoAllOrNothing(config: Record<`OIDC_${string}`, unknown> & { OIDC_STUDENT_DOMAINS: string[] }, ctx: z.RefinementCtx) {
  const required = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
  const isSet = (key: `OIDC_${string}`) => (key === "OIDC_STUDENT_DOMAINS" ? config[key].length > 0 : config[key] !== undefined);
  const missing = required.filter((key) => !isSet(key));
  const anySet = [...required, ...(["OIDC_BUTTON_LABEL", "OIDC_STUDENT_DOMAINS"] as const)].some(isSet);
  if (anySet && missing.length > 0) {
    ctx.addIssue({
      code: "custom",
      path: [missing[0] as string],
      message:
        `single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together (missing: ${missing.join(", ")}); ` +
        "set all three, or none to sign in with passwords only",
    });
  }
}

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The parsed settings of this process (parsed on first use, so builds need none). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The database URL the app server must have: the start script always provides one. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new ConfigError("DATABASE_URL is not set: start Meridian with `npm start` or `npm run dev`.");
  return url;
}
