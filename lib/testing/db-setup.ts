import { inject } from "vitest";

// Point the app's own db() at the run's test database before any test module uses it.
process.env.DATABASE_URL = inject("databaseUrl");
