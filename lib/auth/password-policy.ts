import { randomBytes } from "node:crypto";

// NIST SP 800-63B / ASVS 6.2: length is what matters; no composition rules.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** A message key under "errors" when the password is not acceptable, else null. */
export function passwordProblem(password: string): "passwordTooShort" | "passwordTooLong" | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
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
