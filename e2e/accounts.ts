// The demo accounts the e2e server seeds (scripts/e2e-server.ts runs in demo mode).
export const DEMO_PASSWORD = "meridian-demo";

export const demoAccounts = {
  admin: "admin@example.edu",
  staff: "staff@example.edu",
  student: "student@example.edu",
} as const;

export type DemoRole = keyof typeof demoAccounts;

export const storageStateFor = (role: DemoRole) => `e2e/.auth/${role}.json`;

/**
 * A second staff member for specs that change the user's own settings (the saved
 * language), so they cannot disturb specs running at the same time as staff@example.edu.
 */
export const settingsTester = { email: "zhou.min@example.edu", storageState: "e2e/.auth/settings-tester.json" } as const;
