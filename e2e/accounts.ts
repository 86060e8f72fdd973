// The demo accounts the e2e server seeds (scripts/e2e-server.ts runs in demo mode).
export const DEMO_PASSWORD = "meridian-demo";

export const demoAccounts = {
  admin: "admin@example.edu",
  staff: "staff@example.edu",
  student: "student@example.edu",
} as const;

export type DemoRole = keyof typeof demoAccounts;

export const storageStateFor = (role: DemoRole) => `e2e/.auth/${role}.json`;
