import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";

// The set-password form uses these messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["invitation"]}>{children}</ClientMessages>;
}
