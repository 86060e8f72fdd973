import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";

// The import wizard uses these messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["dataImport"]}>{children}</ClientMessages>;
}
