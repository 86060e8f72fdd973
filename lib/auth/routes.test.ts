import { describe, expect, it } from "vitest";
import { homeFor, isSignedInPath, navigationFor, safeCallbackPath } from "./routes";

describe("navigation per role", () => {
  it("gives staff the office pages and nothing of the admin's or the student's", () => {
    expect(navigationFor("STAFF").map((r) => r.key)).toEqual([
      "dashboard", "partners", "agreements", "exchanges", "visits", "experts", "programmes",
    ]);
  });

  it("gives admins the office pages plus users and the audit log", () => {
    expect(navigationFor("ADMIN").map((r) => r.key)).toEqual([
      "dashboard", "partners", "agreements", "exchanges", "visits", "experts", "programmes", "users", "audit", "settings",
    ]);
  });

  it("gives students only their portal", () => {
    expect(navigationFor("STUDENT").map((r) => r.key)).toEqual(["opportunities", "applications"]);
    expect(homeFor("STUDENT")).toBe("/opportunities");
    expect(homeFor("STAFF")).toBe("/dashboard");
  });
});

describe("isSignedInPath", () => {
  it.each([
    ["/partners", true],
    ["/partners/123/edit", true],
    ["/admin/users", true],
    ["/account", true],
    ["/accounts", false],
    ["/partnership", false],
    ["/login", false],
    ["/api/health", false],
  ])("%s → %s", (path, expected) => expect(isSignedInPath(path)).toBe(expected));
});

describe("safeCallbackPath", () => {
  it.each([
    ["/partners?q=a", "/partners?q=a"],
    ["https://evil.example/", undefined],
    ["//evil.example/", undefined],
    ["/\\evil.example", undefined],
    ["", undefined],
    [null, undefined],
  ])("%s → %s", (value, expected) => expect(safeCallbackPath(value)).toBe(expected));
});
