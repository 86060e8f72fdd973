// `npm run user:create -- --role admin --email you@uni.edu [--name "…"]`: creates a user on
// the configured database. Asks for a password on a terminal (empty = generate one);
// elsewhere generates one. The password is printed once and stored only as a hash.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createAccount } from "@/lib/accounts/create-account";
import { contextWords, generatePassword, passwordProblem, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { createPrismaClient } from "@/lib/db";
import { env } from "@/lib/env";
import { deployMigrations } from "@/lib/migrations/commands";
import { openDatabaseTarget } from "@/lib/postgres/target";

const argsSchema = z.object({
  role: z.enum(["admin", "staff", "student"], { error: "--role must be admin, staff or student" }),
  email: z.email({ error: "--email must be an email address" }),
  name: z.string().trim().min(1).max(200).optional(),
});

async function askPassword(): Promise<string | undefined> {
  if (!process.stdin.isTTY) return undefined;
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: echo nothing after the prompt itself.
  const write = (prompt as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(prompt);
  let prompted = false;
  (prompt as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => {
    if (!prompted) write(s);
    prompted = true;
  };
  const answer = await prompt.question(`Password (at least ${PASSWORD_MIN_LENGTH} characters; leave empty to generate one): `);
  prompt.close();
  process.stdout.write("\n");
  return answer || undefined;
}

async function main() {
  const { values } = parseArgs({ options: { role: { type: "string" }, email: { type: "string" }, name: { type: "string" } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("\n"));
  const { role, email, name } = parsed.data;

  const typed = await askPassword();
  const problem = typed === undefined ? null : passwordProblem(typed, contextWords(email, name));
  const problems = {
    passwordTooShort: `The password needs at least ${PASSWORD_MIN_LENGTH} characters.`,
    passwordTooLong: "The password is too long.",
    passwordTooCommon: "The password is too common or too easy to guess: choose another (a few unrelated words work well).",
  } as const;
  if (problem) throw new Error(problems[problem]);
  const password = typed ?? generatePassword();

  const config = env();
  const target = await openDatabaseTarget({ databaseUrl: config.DATABASE_URL, dataDir: config.MERIDIAN_DATA_DIR });
  const client = createPrismaClient(target.url, 1);
  try {
    await deployMigrations(target.url);
    const user = await createAccount(client, {
      email,
      name: name ?? email.split("@")[0] ?? email,
      role: role.toUpperCase() as "ADMIN" | "STAFF" | "STUDENT",
      password,
    });
    console.log(`Created ${role} ${user.email}.`);
    if (!typed) console.log(`Password (shown once, store it safely): ${password}`);
  } finally {
    await client.$disconnect();
    await target.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
