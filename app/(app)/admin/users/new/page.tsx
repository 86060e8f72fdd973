import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/app/(app)/_components/back-link";
import { PageHeader } from "@/app/(app)/_components/page-header";
import { Card } from "@/components/card";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { CreateUserPanel } from "../_components/create-user-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers.create"))("title") };
}

export default async function NewUserPage() {
  await requirePageAccess("/admin/users", "/admin/users/new");
  const t = await getTranslations("adminUsers");
  const tRole = await getTranslations("shell.role");
  const roles = (["STAFF", "STUDENT", "ADMIN"] as const).map((role) => ({ id: role, label: tRole(role), description: t(`create.roleHint.${role}`) }));
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href="/admin/users" label={t("create.back")} />
      <PageHeader title={t("create.title")} description={t("create.description")} />
      <Card>
        <CreateUserPanel roles={roles} />
      </Card>
    </div>
  );
}
