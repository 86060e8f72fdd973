// The server Playwright tests against: the real start script on a fresh database of its
// own. Without DATABASE_URL it is a brand-new embedded cluster in a temporary data folder
// (the embedded path); with DATABASE_URL, a fresh database created on that server (the
// external path, in demo mode, with a configured secret as production requires).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { SSO_PROVIDER_ID } from "@/lib/auth/sso-config";
import { env } from "@/lib/env";
import { writeE2eServerInfo } from "@/lib/testing/e2e-server-info";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-server";
import { startTestOidcProvider } from "./lib/test-oidc-provider";

// Single sign-on against a real OpenID provider on localhost (e2e/sso.spec.ts). The label is
// configured, as a university would, and differs from the password form's "Sign in".
const STUDENT_DOMAIN = "students.example.edu";
const SSO_BUTTON_LABEL = "University account";

async function main() {
  const config = env();
  mkdirSync(config.MERIDIAN_DATA_DIR, { recursive: true });
  const dataDir = mkdtempSync(join(resolve(config.MERIDIAN_DATA_DIR), "e2e-"));
  // mkdtemp makes it private (0700); run as root, PostgreSQL runs as `postgres` and must enter it.
  chmodSync(dataDir, 0o755);
  const childEnv: NodeJS.ProcessEnv = { ...process.env, MERIDIAN_DATA_DIR: dataDir, MERIDIAN_DEMO: "1", LOG_LEVEL: "warn" };
  let database: TestDatabase | undefined;
  if (config.DATABASE_URL) {
    database = await createTestDatabase("e2e");
    childEnv.DATABASE_URL = database.url;
    childEnv.NEXTAUTH_SECRET = randomBytes(32).toString("base64");
  } else {
    delete childEnv.DATABASE_URL;
  }

  const appUrl = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
  const idp = await startTestOidcProvider({ redirectUri: `${appUrl}/api/auth/callback/${SSO_PROVIDER_ID}` });
  Object.assign(childEnv, {
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_BUTTON_LABEL: SSO_BUTTON_LABEL,
    OIDC_STUDENT_DOMAINS: STUDENT_DOMAIN,
  });
  const removeInfo = writeE2eServerInfo(config.PORT, {
    dataDir,
    databaseUrl: database?.url,
    nextauthSecret: childEnv.NEXTAUTH_SECRET,
    oidc: { issuer: idp.issuer, accountsUrl: idp.accountsUrl, controlToken: idp.controlToken, studentDomain: STUDENT_DOMAIN, buttonLabel: SSO_BUTTON_LABEL },
  });

  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env: childEnv, stdio: "inherit" });
  const cleanUp = async () => {
    removeInfo();
    await idp.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const stop = (signal: NodeJS.Signals) => {
    if (server.exitCode === null) server.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  server.on("exit", (code) => void cleanUp().then(() => process.exit(code ?? 0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
