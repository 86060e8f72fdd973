import { randomBytes } from "node:crypto";
import { COMMON_PASSWORDS_TEXT } from "./common-passwords";

// NIST SP 800-63B / ASVS 6.2: length is what matters, no composition rules; passwords that
// are known to be common, or built only from the service's name or the user's own name or
// email, are refused.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = "passwordTooShort" | "passwordTooLong" | "passwordTooCommon";

const COMMON = new Set(COMMON_PASSWORDS_TEXT.split("\n").filter(Boolean));

// Runs typed by sliding along a row of the keyboard or the alphabet, in either direction.
const RUNS = [
  "abcdefghijklmnopqrstuvwxyz",
  "0123456789",
  "qwertyuiopasdfghjklzxcvbnm",
  "qwertzuiopasdfghjklyxcvbnm",
  "azertyuiopqsdfghjklmwxcvbn",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
  "qazwsxedcrfvtgbyhnujmikolp",
].flatMap((run) => [run.repeat(3), [...run].reverse().join("").repeat(3)]);

/**
 * Words that make a password guessable for this account: the service's name and the parts
 * of the user's email and name (4 letters or more).
 */
export function contextWords(...sources: readonly (string | null | undefined)[]): string[] {
  const words = new Set(["meridian"]);
  for (const source of sources) {
    if (!source) continue;
    const local = source.toLowerCase().split("@")[0] ?? "";
    words.add(local.replace(/[^\p{L}\p{N}]/gu, ""));
    for (const part of local.split(/[^\p{L}\p{N}]+/u)) if ([...part].length >= 4) words.add(part);
  }
  words.delete("");
  return [...words];
}

function repeatingUnit(value: string): string | undefined {
  for (let period = 1; period <= value.length / 2; period++) {
    let repeats = true;
    for (let i = period; i < value.length && repeats; i++) repeats = value[i] === value[i % period];
    if (repeats) return value.slice(0, period);
  }
  return undefined;
}

const stripEnds = (value: string) => value.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");

function isWeak(value: string, context: ReadonlySet<string>): boolean {
  if (COMMON.has(value) || context.has(value)) return true;
  if (value.length >= 4 && RUNS.some((run) => run.includes(value))) return true;
  const unit = repeatingUnit(value);
  if (unit && (unit.length <= 4 || isWeak(unit, context))) return true;
  // "Password2024!", "!!sunshine99": a common word dressed in digits and symbols.
  const core = stripEnds(value);
  return core !== value && core !== "" && isWeak(core, context);
}

/** True for a common password or a guessable variant of one (checked case-insensitively). */
export function isCommonPassword(password: string, context: readonly string[] = []): boolean {
  const value = password.normalize("NFKC").toLowerCase();
  const words = new Set(context.map((word) => word.toLowerCase()));
  return isWeak(value, words) || isWeak(value.replace(/\s+/g, ""), words);
}

/**
 * A message key under "errors" when the password is not acceptable, else null. `context`:
 * words from contextWords() for the account the password is for.
 */
export function passwordProblem(password: string, context: readonly string[] = ["meridian"]): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  if (isCommonPassword(password, context)) return "passwordTooCommon";
  return null;
}

/** 20 characters from a 57-letter alphabet without look-alikes (about 116 bits). */
export function generatePassword(length = 20): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const bytes = randomBytes(length * 2);
  let password = "";
  for (let i = 0; password.length < length && i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    // Rejection sampling keeps every letter equally likely.
    if (byte < 256 - (256 % alphabet.length)) password += alphabet[byte % alphabet.length];
  }
  return password.length === length ? password : generatePassword(length);
}
