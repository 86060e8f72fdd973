import { describe, expect, it } from "vitest";
import { openSecret, sealSecret, SecretBoxError } from "./secret-box";

const key = "a".repeat(32);
const otherKey = "b".repeat(32);

describe("the TOTP secret box (AES-256-GCM, key from NEXTAUTH_SECRET by HKDF)", () => {
  it("round-trips, with a fresh IV every time so equal secrets never look equal", () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const first = sealSecret(secret, key);
    const second = sealSecret(secret, key);
    expect(first).not.toBe(second);
    expect(first).not.toContain(secret);
    expect(first).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(openSecret(first, key)).toBe(secret);
    expect(openSecret(second, key)).toBe(secret);
  });

  it("refuses another key, an altered box and garbage", () => {
    const box = sealSecret("JBSWY3DPEHPK3PXP", key);
    expect(() => openSecret(box, otherKey)).toThrow(SecretBoxError);
    const [version, iv, tag, ciphertext] = box.split(".") as [string, string, string, string];
    const flipped = ciphertext.startsWith("A") ? `B${ciphertext.slice(1)}` : `A${ciphertext.slice(1)}`;
    expect(() => openSecret([version, iv, tag, flipped].join("."), key)).toThrow(SecretBoxError);
    expect(() => openSecret("JBSWY3DPEHPK3PXP", key)).toThrow(SecretBoxError);
    expect(() => sealSecret("x", "short")).toThrow(SecretBoxError);
  });
});
