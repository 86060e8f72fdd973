import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/badge";
import type { SignInState, UserListRow } from "@/lib/data/admin-users";
import type { Role } from "@/lib/generated/prisma/enums";

const roleTone: Record<Role, BadgeTone> = { ADMIN: "brand", STAFF: "info", STUDENT: "neutral" };

export async function RoleBadge({ role }: { role: Role }) {
  const t = await getTranslations("shell.role");
  return <Badge tone={roleTone[role]}>{t(role)}</Badge>;
}

type StatusKey = "disabled" | "active" | Exclude<SignInState, "password" | "sso">;
const statusTone: Record<StatusKey, BadgeTone> = { active: "success", disabled: "danger", invited: "warning", invitationExpired: "warning", none: "neutral" };

/** Disabled beats everything; otherwise an account without a password says why. */
export function statusOf(user: Pick<UserListRow, "isDisabled" | "signIn">): StatusKey {
  if (user.isDisabled) return "disabled";
  return user.signIn === "password" || user.signIn === "sso" ? "active" : user.signIn;
}

export async function StatusBadge({ user }: { user: Pick<UserListRow, "isDisabled" | "signIn"> }) {
  const t = await getTranslations("adminUsers.status");
  const status = statusOf(user);
  return (
    <Badge tone={statusTone[status]} hasDot>
      {t(status)}
    </Badge>
  );
}

/**
 * "2FA on" as a badge. In the list's own two-factor column (isQuiet) a short "On", and
 * "Off" (the common case) as plain muted text.
 */
export async function TwoFactorBadge({ isOn, isQuiet = false }: { isOn: boolean; isQuiet?: boolean }) {
  const t = await getTranslations("adminUsers");
  if (isQuiet) return isOn ? <Badge tone="success">{t("filters.on")}</Badge> : <span className="text-slate-500">{t("filters.off")}</span>;
  return <Badge tone={isOn ? "success" : "neutral"}>{t(isOn ? "twoFactor.on" : "twoFactor.off")}</Badge>;
}
