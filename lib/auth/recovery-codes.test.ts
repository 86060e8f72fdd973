import { describe, expect, it } from "vitest";
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  RECOVERY_CODE_COUNT,
  verifyRecoveryCode,
} from "./recovery-codes";

describe("recovery codes", () => {
  it("are ten distinct codes of the shape abcd-efgh-jkmn", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });

  it("hash with a salt of their own and verify however they are typed", () => {
    const [code = "", other = ""] = generateRecoveryCodes(2);
    const stored = hashRecoveryCode(code);
    expect(stored).not.toContain(code.replace(/-/g, ""));
    expect(hashRecoveryCode(code)).not.toBe(stored);
    expect(verifyRecoveryCode(code, stored)).toBe(true);
    expect(verifyRecoveryCode(` ${code.toUpperCase().replace(/-/g, " ")} `, stored)).toBe(true);
    expect(verifyRecoveryCode(other, stored)).toBe(false);
    expect(verifyRecoveryCode(code, "garbage")).toBe(false);
  });
});
