"use server";

import { searchUserOptions, type UserOption } from "@/lib/data/audit-log";
import { getCurrentUser } from "@/lib/data/current-user";
import { isAppError } from "@/lib/data/errors";

/**
 * The audit log's "who" combobox asks for matching users as the admin types. A read, not a
 * form: it returns nothing to anyone the data layer refuses.
 */
export async function findUserOptions(text: unknown): Promise<UserOption[]> {
  if (typeof text !== "string") return [];
  try {
    return await searchUserOptions(await getCurrentUser(), text);
  } catch (error) {
    if (isAppError(error)) return [];
    throw error;
  }
}
