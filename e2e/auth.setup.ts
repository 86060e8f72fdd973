import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts, storageStateFor, type DemoRole } from "./accounts";

// One signed-in browser state per role, through next-auth's own CSRF + credentials
// endpoints, so specs start signed in without clicking through the form each time.
for (const role of Object.keys(demoAccounts) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ request }) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: demoAccounts[role], password: DEMO_PASSWORD, json: "true" },
    });
    expect(response.ok()).toBe(true);
    const cookies = (await request.storageState()).cookies.map((cookie) => cookie.name);
    expect(cookies).toContain("meridian.session");
    await request.storageState({ path: storageStateFor(role) });
  });
}
