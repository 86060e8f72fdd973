"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/button";
import { TextField } from "@/components/field";
import { FormError } from "@/components/form-error";

type Problem = "invalid" | "missing" | "failed" | "codeWrong" | "codeMissing" | { throttledMinutes: number };

/**
 * Signs in through next-auth's credentials endpoint. On failure the email stays as typed,
 * the password is cleared, and one message says what happened (never which of the two
 * was wrong). For a user with two-factor sign-in, a right password brings a second step
 * that asks for a code and sends email, password and code together (lib/auth/sign-in.ts).
 */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const tCode = useTranslations("account.signIn");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [step, setStep] = useState<"password" | "code">("password");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);

  function startOver() {
    setStep("password");
    setPassword("");
    setCode("");
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step === "password" && (!email.trim() || !password)) {
      setProblem("missing");
      return;
    }
    if (step === "code" && !code.trim()) {
      setProblem("codeMissing");
      return;
    }
    setPending(true);
    setProblem(null);
    try {
      const result = await signIn("credentials", {
        email: email.trim(),
        password,
        code: step === "code" ? code.trim() : "",
        redirect: false,
        callbackUrl,
      });
      if (result?.ok && !result.error) {
        // A full navigation, so the server renders the destination with the new session.
        window.location.assign(callbackUrl);
        return;
      }
      const error = result?.error ?? "";
      if (error === "TwoFactorRequired") {
        setStep("code");
      } else if (error === "TwoFactorInvalid") {
        setProblem("codeWrong");
        setCode("");
      } else if (error.startsWith("Throttled")) {
        setProblem({ throttledMinutes: Number(error.split(":")[1]) || 15 });
        startOver();
      } else {
        setProblem(error === "CredentialsSignin" ? "invalid" : "failed");
        startOver();
      }
    } catch {
      setProblem("failed");
      if (step === "password") setPassword("");
    }
    setPending(false);
  }

  let message: string | null = null;
  if (typeof problem === "object" && problem) {
    const minutes = problem.throttledMinutes;
    message = minutes >= 90 ? tCode("throttledHours", { hours: Math.ceil(minutes / 60) }) : tCode("throttledMinutes", { minutes });
  } else if (problem === "codeWrong" || problem === "codeMissing") {
    message = tCode(problem);
  } else if (problem) {
    message = t(problem);
  }

  if (step === "code") {
    return (
      <form method="post" onSubmit={submit} noValidate className="flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <h2 className="text-base font-semibold text-slate-900">{tCode("codeTitle")}</h2>
          <p className="text-sm text-slate-600">{tCode("codeHint")}</p>
          <p className="truncate text-sm font-medium text-slate-800">{email.trim()}</p>
        </div>
        {message ? <FormError>{message}</FormError> : null}
        <TextField
          label={tCode("code")}
          name="code"
          autoComplete="one-time-code"
          value={code}
          onChange={setCode}
          isInvalid={problem === "codeWrong" || problem === "codeMissing"}
          isRequired
          autoFocus
        />
        <Button type="submit" size="lg" isPending={pending} pendingLabel={tCode("submitting")} className="mt-2 w-full">
          {tCode("submit")}
        </Button>
        <Button variant="ghost" onPress={() => { startOver(); setProblem(null); }} isDisabled={pending} className="w-full">
          {tCode("back")}
        </Button>
      </form>
    );
  }

  // method="post": a click before the page has hydrated submits natively, and must not put
  // the password into the URL.
  return (
    <form method="post" onSubmit={submit} noValidate className="flex flex-col gap-4">
      {message ? <FormError>{message}</FormError> : null}
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
