import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";

// The restore buttons use these messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["agreements"]}>{children}</ClientMessages>;
}
