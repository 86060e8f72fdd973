import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

// Recovery codes for two-factor sign-in: 10 per enrolment, each shown once, stored hashed,
// usable once. A code is 12 random letters and digits from an alphabet without look-alikes
// (about 62 bits), shown as "abcd-efgh-jkmn". They are hashed with SHA-256 and a random salt
// per code, not with argon2: a password needs a slow hash because people choose guessable
// ones, but a random 62-bit code cannot be guessed offline even at GPU speed, and checking a
// typed code against up to ten stored hashes must stay cheap at sign-in.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const LENGTH = 12;

export function generateRecoveryCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, generateRecoveryCode);
}

/** Lower case without spaces and hyphens, so "ABCD EFGH JKMN" matches "abcd-efgh-jkmn". */
export function normaliseRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]+/g, "");
}

/** True when the input has the shape of a recovery code (not of a 6-digit TOTP code). */
export function looksLikeRecoveryCode(input: string): boolean {
  return new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(normaliseRecoveryCode(input));
}

const digest = (salt: Buffer, code: string) => createHash("sha256").update(salt).update(normaliseRecoveryCode(code)).digest();

/** "<salt>.<sha256(salt ‖ code)>", both base64url. */
export function hashRecoveryCode(code: string): string {
  const salt = randomBytes(16);
  return `${salt.toString("base64url")}.${digest(salt, code).toString("base64url")}`;
}

export function verifyRecoveryCode(code: string, stored: string): boolean {
  const [salt, hash] = stored.split(".");
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = digest(Buffer.from(salt, "base64url"), code);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
