import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { DEMO_PASSWORD, storageStateFor } from "../accounts";
import type { Visitor } from "./routes";

type Playwright = PlaywrightWorkerArgs["playwright"];

/** A request context (no browser) for a visitor, from the sign-ins auth.setup.ts saved. */
export function requestAs(playwright: Playwright, baseURL: string | undefined, visitor: Visitor): Promise<APIRequestContext> {
  return playwright.request.newContext({
    baseURL,
    storageState: visitor === "anonymous" ? { cookies: [], origins: [] } : storageStateFor(visitor),
  });
}

/**
 * A request context signed in through next-auth's own CSRF + credentials endpoints, for
 * specs that must not rely on auth.setup.ts having run (the quiet project runs on its own).
 */
export async function signedInRequest(playwright: Playwright, baseURL: string | undefined, email: string, password = DEMO_PASSWORD) {
  const context = await playwright.request.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  expect(response.ok(), `sign in as ${email}`).toBe(true);
  expect((await context.storageState()).cookies.map((cookie) => cookie.name)).toContain("meridian.session");
  return context;
}
