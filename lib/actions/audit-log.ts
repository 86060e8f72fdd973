"use server";

import { searchUserOptions, type UserOption } from "@/lib/data/audit-log";
import { getCurrentUser } from "@/lib/data/current-user";
import { isAppError } from "@/lib/data/errors";
import { auditRefusal } from "./form-action";

/**
 * The audit log's "who" combobox asks for matching users as the admin types. A read, not a
 * form: it returns nothing to anyone the data layer refuses, and audits the refusal.
 */
export async function findUserOptions(text: unknown): Promise<UserOption[]> {
  const actor = await getCurrentUser();
  try {
    // The caller is checked before the argument, so a refusal never depends on it.
    return await searchUserOptions(actor, typeof text === "string" ? text : "");
  } catch (error) {
    if (!isAppError(error)) throw error;
    await auditRefusal(actor, error);
    return [];
  }
}
