import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Secrets the server must read back (the TOTP seed) are stored encrypted: AES-256-GCM with a
// key derived by HKDF-SHA256 from NEXTAUTH_SECRET. The `info` string separates this key from
// next-auth's own session-token key, derived from the same secret. Changing NEXTAUTH_SECRET
// makes stored boxes unreadable (README: those users sign in with a recovery code and enrol
// again). Format: "v1.<iv>.<tag>.<ciphertext>", base64url parts.

const VERSION = "v1";
const INFO = "Meridian secret box v1 (TOTP secrets)";

export class SecretBoxError extends Error {
  override name = "SecretBoxError";
}

function deriveKey(keyMaterial: string): Buffer {
  if (keyMaterial.length < 32) throw new SecretBoxError("the key material must be at least 32 characters");
  return Buffer.from(hkdfSync("sha256", keyMaterial, "meridian", INFO, 32));
}

export function sealSecret(plaintext: string, keyMaterial: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(keyMaterial), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plaintext; throws SecretBoxError when the box was altered or sealed with another key. */
export function openSecret(box: string, keyMaterial: string): string {
  const [version, iv, tag, ciphertext, ...rest] = box.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined || rest.length) throw new SecretBoxError("not a sealed secret");
  try {
    const decipher = createDecipheriv("aes-256-gcm", deriveKey(keyMaterial), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretBoxError("the secret cannot be opened with this key");
  }
}
