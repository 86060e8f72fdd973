import { randomBytes } from "node:crypto";
import { inject } from "vitest";

// Point the app's own db() at the run's test database before any test module uses it.
process.env.DATABASE_URL = inject("databaseUrl");
// The key of encrypted two-factor secrets (lib/auth/two-factor.ts) and of session tokens.
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64");
