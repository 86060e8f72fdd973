import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, demoAccounts, settingsTester, storageStateFor, type DemoRole } from "./accounts";

// One signed-in browser state per account, through next-auth's own CSRF + credentials
// endpoints, so specs start signed in without clicking through the form each time.
const accounts = [
  ...(Object.keys(demoAccounts) as DemoRole[]).map((role) => ({ email: demoAccounts[role], path: storageStateFor(role) })),
  { email: settingsTester.email, path: settingsTester.storageState },
];

for (const { email, path } of accounts) {
  setup(`sign in as ${email}`, async ({ request }) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
    });
    expect(response.ok()).toBe(true);
    const cookies = (await request.storageState()).cookies.map((cookie) => cookie.name);
    expect(cookies).toContain("meridian.session");
    await request.storageState({ path });
  });
}
