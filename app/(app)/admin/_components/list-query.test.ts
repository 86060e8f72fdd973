import { describe, expect, it } from "vitest";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import { AUDIT_ACTIONS } from "./audit-actions";
import { hasFilters, listHref, parseAuditQuery, parseUsersQuery } from "./list-query";

describe("parseUsersQuery", () => {
  it("keeps valid values and ignores the rest instead of failing", () => {
    expect(parseUsersQuery({ q: "  wang ", role: "STAFF", status: "disabled", twoFactor: "on", after: "0192d3c4-aaaa-7bbb-8ccc-1234567890ab" })).toEqual({
      q: "wang",
      role: "STAFF",
      status: "disabled",
      twoFactor: "on",
      after: "0192d3c4-aaaa-7bbb-8ccc-1234567890ab",
    });
    expect(parseUsersQuery({ q: "", role: "any", status: "gone", twoFactor: ["off", "on"], after: "'; DROP" })).toEqual({ twoFactor: "off" });
    expect(parseUsersQuery({ q: "x".repeat(201) })).toEqual({});
  });
});

describe("parseAuditQuery", () => {
  it("accepts a user id, a type, an action and a date range", () => {
    expect(parseAuditQuery({ actor: "0192d3c4-aaaa-7bbb-8ccc-1234567890ab", type: "User", action: "UPDATE", from: "2026-11-01", to: "2026-11-30", after: "123" })).toMatchObject({
      actor: "0192d3c4-aaaa-7bbb-8ccc-1234567890ab",
      type: "User",
      action: "UPDATE",
      from: "2026-11-01",
      to: "2026-11-30",
      after: "123",
    });
    expect(parseAuditQuery({ actor: "someone", action: "HACK", from: "1 Nov", type: "" })).toEqual({});
  });

  it("knows every action of the schema", () => {
    const all: Record<AuditAction, true> = {
      CREATE: true, UPDATE: true, DELETE: true, RESTORE: true, SIGN_IN: true, SIGN_IN_FAILED: true, SIGN_OUT: true,
      ACCESS_DENIED: true, APPROVE: true, RETURN: true, EXPORT: true, IMPORT: true,
    };
    expect([...AUDIT_ACTIONS].sort()).toEqual(Object.keys(all).sort());
  });
});

describe("listHref", () => {
  it("keeps the filters, drops empty values and applies overrides", () => {
    expect(listHref("/admin/users", { q: "li wei", role: undefined, after: "a" }, { after: undefined, before: "b" })).toBe("/admin/users?q=li+wei&before=b");
    expect(listHref("/admin/users", {})).toBe("/admin/users");
  });

  it("tells filters from paging", () => {
    expect(hasFilters({ after: "x" })).toBe(false);
    expect(hasFilters({ role: "ADMIN" })).toBe(true);
  });
});
