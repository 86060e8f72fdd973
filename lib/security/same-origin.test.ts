import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

describe("isSameOrigin", () => {
  it.each([
    [{ origin: "http://localhost:3000", host: "localhost:3000" }, true],
    [{ origin: "https://meridian.example.edu", host: "internal:3000", "x-forwarded-host": "meridian.example.edu" }, true],
    [{ origin: "https://evil.example", host: "localhost:3000" }, false],
    [{ origin: "null", host: "localhost:3000" }, false],
    [{ host: "localhost:3000" }, false],
  ])("%j → %s", (headers, same) => {
    expect(isSameOrigin(new Headers(headers))).toBe(same);
  });
});
