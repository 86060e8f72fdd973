"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/button";
import { TextField } from "@/components/field";
import { FormError } from "@/components/form-error";

type Problem = "invalid" | "missing" | "failed";

/**
 * Signs in through next-auth's credentials endpoint. On failure the email stays as typed,
 * the password is cleared, and one message says what happened (never which of the two
 * was wrong).
 */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setProblem("missing");
      return;
    }
    setPending(true);
    setProblem(null);
    try {
      const result = await signIn("credentials", { email: email.trim(), password, redirect: false, callbackUrl });
      if (result?.ok && !result.error) {
        // A full navigation, so the server renders the destination with the new session.
        window.location.assign(callbackUrl);
        return;
      }
      setProblem(result?.error === "CredentialsSignin" ? "invalid" : "failed");
    } catch {
      setProblem("failed");
    }
    setPassword("");
    setPending(false);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {problem ? <FormError>{t(problem)}</FormError> : null}
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        isInvalid={problem === "invalid" || (problem === "missing" && !email.trim())}
        isRequired
        autoFocus
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        isInvalid={problem === "invalid" || (problem === "missing" && !password)}
        isRequired
      />
      <Button type="submit" size="lg" isPending={pending} pendingLabel={t("submitting")} className="mt-2 w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
