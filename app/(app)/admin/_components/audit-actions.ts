import type { AuditAction } from "@/lib/generated/prisma/enums";

/** Every audit action, in the order the filter lists them. */
export const AUDIT_ACTIONS = [
  "CREATE", "UPDATE", "DELETE", "RESTORE", "SIGN_IN", "SIGN_IN_FAILED", "SIGN_OUT", "ACCESS_DENIED", "APPROVE", "RETURN", "EXPORT", "IMPORT",
] as const satisfies readonly AuditAction[];
