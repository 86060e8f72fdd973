import { describe, expect, it } from "vitest";
import { isCanonicalQuery, parsePartnerListParams, partnerListQuery, withoutCursor } from "./list-params";

describe("parsePartnerListParams", () => {
  it("reads a full list state", () => {
    const params = parsePartnerListParams(
      new URLSearchParams("q=Munich&country=DE&kind=UNIVERSITY&status=ACTIVE&tag=erasmus%2B&active=1&sort=country&after=abc"),
    );
    expect(params).toEqual({
      q: "Munich", country: "DE", kind: "UNIVERSITY", status: "ACTIVE", tag: "erasmus+", active: "1", sort: "country", after: "abc", before: undefined,
    });
  });

  it("falls back to no filter for bad values instead of failing", () => {
    const params = parsePartnerListParams({ country: "Germany", kind: "CASTLE", status: ["ACTIVE", "ENDED"], sort: "random", active: "yes" });
    expect(params).toMatchObject({ q: "", country: undefined, kind: undefined, status: "ACTIVE", sort: "name", active: undefined });
  });

  it("trims the search and caps its length", () => {
    expect(parsePartnerListParams({ q: "  大学  " }).q).toBe("大学");
    expect(parsePartnerListParams({ q: `${"x".repeat(199)}大学` }).q).toBe(`${"x".repeat(199)}大`);
  });

  it("drops control characters from the search and the tag (PostgreSQL text refuses NUL)", () => {
    expect(parsePartnerListParams(new URLSearchParams("q=Mu%00nich%0A&tag=eras%00mus")).q).toBe("Munich");
    expect(parsePartnerListParams(new URLSearchParams("tag=eras%00mus")).tag).toBe("erasmus");
    expect(parsePartnerListParams(new URLSearchParams("tag=%00%01")).tag).toBeUndefined();
  });
});

describe("partnerListQuery", () => {
  it("leaves out empty values and the default sort", () => {
    expect(partnerListQuery({ q: "", sort: "name", country: "FR" })).toBe("?country=FR");
    expect(partnerListQuery({})).toBe("");
  });

  it("starts a changed list at its first page", () => {
    const params = parsePartnerListParams({ q: "tu", after: "x" });
    expect(partnerListQuery(withoutCursor(params))).toBe("?q=tu");
  });
});

describe("isCanonicalQuery", () => {
  const check = (raw: Record<string, string>) => isCanonicalQuery(raw, parsePartnerListParams(raw));

  it("accepts the short form of a list state", () => {
    expect(check({})).toBe(true);
    expect(check({ q: "tu", country: "DE" })).toBe(true);
  });

  it("rejects what a GET form adds: empty fields, the default sort, bad values", () => {
    expect(check({ q: "tu", country: "" })).toBe(false);
    expect(check({ sort: "name" })).toBe(false);
    expect(check({ kind: "CASTLE" })).toBe(false);
  });
});
