"use client";

import { ErrorView, type ErrorViewProps } from "./_components/error-view";

export default function ErrorPage(props: ErrorViewProps) {
  return <ErrorView {...props} inShell={false} />;
}
