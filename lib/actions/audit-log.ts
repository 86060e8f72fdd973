"use server";

import type { ListOption } from "@/components/list-box";
import { searchUserOptions } from "@/lib/data/audit-log";
import { getCurrentUser } from "@/lib/data/current-user";
import { isAppError } from "@/lib/data/errors";
import { auditRefusal } from "./form-action";

/**
 * The audit log's "who" combobox asks for matching users as the admin types. A read, not a
 * form: it returns nothing to anyone the data layer refuses, and audits the refusal.
 */
export async function findUserOptions(text: unknown): Promise<ListOption[]> {
  const actor = await getCurrentUser();
  try {
    // The caller is checked before the argument, so a refusal never depends on it.
    const users = await searchUserOptions(actor, typeof text === "string" ? text : "");
    return users.map((user) => ({ id: user.id, label: user.name, description: user.email }));
  } catch (error) {
    if (!isAppError(error)) throw error;
    await auditRefusal(actor, error);
    return [];
  }
}
