import type { ReactNode } from "react";
import { ClientMessages } from "@/app/_components/client-messages";

// The sign-in form, its single sign-on button and its two-factor step use these messages.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["login", "sso", "account"]}>{children}</ClientMessages>;
}
