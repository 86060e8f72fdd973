import pino from "pino";
import { env } from "@/lib/env";

// Server logs are JSON lines on stdout; every line written while serving a request carries
// its request id (see lib/request-id.ts), so an error quoted by a user can be found.
export const log = pino({
  level: env().LOG_LEVEL,
  base: { app: "meridian" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], censor: "[redacted]" },
});
