import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";

// The account page's forms use these messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["account"]}>{children}</ClientMessages>;
}
