import { redirect } from "next/navigation";
import { homeFor } from "@/lib/auth/routes";
import { getCurrentUser } from "@/lib/data/current-user";

// The public international profile will live at /profile; the root sends people to work.
export default async function RootPage() {
  const actor = await getCurrentUser();
  redirect(actor ? homeFor(actor.role) : "/login");
}
