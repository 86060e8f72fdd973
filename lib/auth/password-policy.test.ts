import { describe, expect, it } from "vitest";
import { generatePassword, passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it.each([
    ["short", "passwordTooShort"],
    ["elevenchars", "passwordTooShort"],
    ["twelve chars", null],
    ["密码密码密码密码密码密码", null],
    ["x".repeat(128), null],
    ["x".repeat(129), "passwordTooLong"],
  ])("%s → %s", (password, expected) => expect(passwordProblem(password)).toBe(expected));
});

describe("generatePassword", () => {
  it("makes distinct passwords that satisfy the policy", () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    expect(new Set(passwords).size).toBe(50);
    for (const password of passwords) {
      expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
      expect(passwordProblem(password)).toBeNull();
    }
  });
});
