import { expect, type Page } from "@playwright/test";
import { createPrismaClient, type Db } from "@/lib/db";
import { e2eDatabaseUrl, readE2eServerInfo, type E2eServerInfo } from "@/lib/testing/e2e-server-info";
import type { TestIdpAccount } from "@/scripts/lib/test-oidc-provider";

// Helpers for the single sign-on specs: the e2e server's test identity provider
// (scripts/lib/test-oidc-provider.ts) and its Meridian database, for accounts of the tests' own.

export function serverInfo(baseURL: string | undefined): E2eServerInfo {
  return readE2eServerInfo(new URL(baseURL ?? "http://localhost:3100").port);
}

let client: Db | undefined;

/** The e2e server's database (its embedded cluster, or its external database). */
export function meridianDb(info: E2eServerInfo): Db {
  client ??= createPrismaClient(e2eDatabaseUrl(info), 2);
  return client;
}

/** A fresh, uniquely named identity-provider account. */
export async function addIdpAccount(info: E2eServerInfo, account: Omit<TestIdpAccount, "sub">): Promise<TestIdpAccount> {
  const full = { sub: `idp-${crypto.randomUUID()}`, ...account };
  const response = await fetch(info.oidc.accountsUrl, {
    method: "POST",
    headers: { authorization: `Bearer ${info.oidc.controlToken}`, "content-type": "application/json" },
    body: JSON.stringify(full),
  });
  expect(response.status).toBe(201);
  return full;
}

/** From Meridian's login page through the identity provider's sign-in page and back. */
export async function signInWithSso(page: Page, info: E2eServerInfo, account: TestIdpAccount) {
  await page.goto("/login");
  await page.getByRole("button", { name: info.oidc.buttonLabel }).click();
  await expect(page).toHaveURL(new RegExp(`^${info.oidc.issuer.replace(/[.]/g, "\\.")}/interaction/`));
  await expect(page.getByRole("heading", { name: "Test university sign-in" })).toBeVisible();
  await page.getByLabel("Username").fill(account.sub);
  await page.getByLabel("Password").fill("any password: the test provider accepts all");
  await page.getByRole("button", { name: "Sign in" }).click();
}

export const uniqueEmail = (label: string, domain = "example.edu") => `${label}-${crypto.randomUUID().slice(0, 8)}@${domain}`;
