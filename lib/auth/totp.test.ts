import { describe, expect, it } from "vitest";
import { checkTotpCode, currentTotpCode, newTotpSecret, totpUri } from "./totp";

describe("TOTP (otplib 13)", () => {
  const secret = newTotpSecret();
  const epoch = 1_900_000_000;

  it("makes 160-bit base32 secrets and an otpauth URI for the QR code", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = totpUri(secret, "jane@example.edu");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Meridian:jane%40example\.edu\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("issuer=Meridian");
  });

  it("accepts the current code and one step either side, nothing further", async () => {
    const code = await currentTotpCode(secret, epoch);
    const step = Math.floor(epoch / 30);
    expect(await checkTotpCode(secret, code, null, epoch)).toBe(step);
    expect(await checkTotpCode(secret, code.replace(/^(\d{3})/, "$1 "), null, epoch)).toBe(step);
    expect(await checkTotpCode(secret, code, null, epoch + 30)).toBe(step);
    expect(await checkTotpCode(secret, code, null, epoch + 95)).toBeNull();
    expect(await checkTotpCode(secret, "12345", null, epoch)).toBeNull();
    expect(await checkTotpCode(secret, "abcdef", null, epoch)).toBeNull();
  });

  it("refuses a code of a step already used", async () => {
    const code = await currentTotpCode(secret, epoch);
    const step = Math.floor(epoch / 30);
    expect(await checkTotpCode(secret, code, step, epoch)).toBeNull();
    expect(await checkTotpCode(secret, code, step - 1, epoch)).toBe(step);
  });
});
