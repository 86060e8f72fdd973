import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS_TEXT } from "./common-passwords";
import { contextWords, generatePassword, isCommonPassword, passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it.each([
    ["short", "passwordTooShort"],
    ["elevenchars", "passwordTooShort"],
    ["twelve chars", null],
    ["密码密码密码密码密码密码", "passwordTooCommon"],
    ["海内存知己天涯若比邻", "passwordTooShort"],
    ["海内存知己，天涯若比邻。", null],
    ["x".repeat(128), "passwordTooCommon"],
    ["x".repeat(129), "passwordTooLong"],
    ["correct horse battery staple", null],
    ["Password2024!", "passwordTooCommon"],
  ])("%s → %s", (password, expected) => expect(passwordProblem(password)).toBe(expected));
});

describe("the common-password check (case-insensitive)", () => {
  it("ships the list: about 3,400 entries, most common first, all lower case", () => {
    const entries = COMMON_PASSWORDS_TEXT.split("\n").filter(Boolean);
    expect(entries.length).toBeGreaterThan(3_400);
    expect(entries.slice(0, 3)).toEqual(["123456", "12345", "password"]);
    expect(entries.every((entry) => entry === entry.toLowerCase())).toBe(true);
  });

  it.each([
    "winniethepooh", "WinnieThePooh", "WINNIETHEPOOH", // on the list as it is
    "password1234", "PASSWORD1234", "Password2024!", "!!sunshine1990", "2024dragon2024", // a listed word in digits and symbols
    "iloveyouiloveyou", "Monkey123Monkey123", "abcabcabcabc", "111111111111", "!!!!!!!!!!!!", // repeats
    "123456789012", "0987654321098", "abcdefghijklmn", "qwertyuiopasdf", "QWERTYUIOP12", "1qaz2wsx3edc4rfv", // runs
    "qwerty 123456", "pass word 2024", // spaces do not help
  ])("%s is refused", (password) => expect(isCommonPassword(password)).toBe(true));

  it.each([
    "correct horse battery staple", "tangerine-kettle-orbit", "739201847362", "Dragonfly over the Yangtze",
    "海内存知己，天涯若比邻。", "monkeyisland1990", "sunshine and rain",
  ])("%s is accepted", (password) => expect(isCommonPassword(password)).toBe(false));

  it("refuses the service's name and the user's own email and name, dressed up or not", () => {
    const context = contextWords("Jane.Doe+lab@example.edu", "Jane Doe");
    expect(context).toEqual(expect.arrayContaining(["meridian", "janedoelab", "jane"]));
    expect(context).not.toContain("lab");
    expect(passwordProblem("Meridian2026!", context)).toBe("passwordTooCommon");
    expect(passwordProblem("janedoelab2026", context)).toBe("passwordTooCommon");
    expect(passwordProblem("jane12345678", context)).toBe("passwordTooCommon");
    expect(passwordProblem("jane walks the dog", context)).toBeNull();
  });
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
