"use client";

import { ErrorView, type ErrorViewProps } from "@/app/_components/error-view";

// A signed-in page that failed, shown inside the shell (its navigation stays).
export default function ErrorPage(props: ErrorViewProps) {
  return <ErrorView {...props} inShell />;
}
