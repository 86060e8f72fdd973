import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";

// The record and edit pages' client components (form, workflow, actions) use these messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["agreements"]}>{children}</ClientMessages>;
}
