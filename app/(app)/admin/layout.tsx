import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";

// The user screens' forms and the security settings form use these messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["adminUsers", "account"]}>{children}</ClientMessages>;
}
