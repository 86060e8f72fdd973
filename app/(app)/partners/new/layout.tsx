import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";

// The partner form's client components use these messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["partnerRecord"]}>{children}</ClientMessages>;
}
