import { hash, verify } from "@node-rs/argon2";

// argon2id with @node-rs/argon2's defaults (m=19456 KiB, t=2, p=1): the OWASP minimum.
// `Algorithm.Argon2id` is a const enum, which isolated modules cannot inline: 2 is its value.
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
