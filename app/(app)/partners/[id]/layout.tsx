import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";

// The record and edit pages' client components (form, contacts, actions) use these messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["partnerRecord"]}>{children}</ClientMessages>;
}
