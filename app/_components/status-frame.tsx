import type { ReactNode } from "react";

/**
 * The frame of the "not found" and error pages. At the root they are the whole page and bring
 * the main landmark (the skip link's target); inside the signed-in shell, whose layout already
 * has it, a second <main id="main"> would nest landmarks and repeat the id.
 */
export function StatusFrame({ inShell, children }: { inShell: boolean; children: ReactNode }) {
  const className = "mx-auto flex min-h-[60dvh] max-w-lg flex-col justify-center px-4 py-12";
  return inShell ? (
    <div className={className}>{children}</div>
  ) : (
    <main id="main" className={className}>
      {children}
    </main>
  );
}
