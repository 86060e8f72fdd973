import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";

// The agreement form's client components use these messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["agreements"]}>{children}</ClientMessages>;
}
