import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useTempDirs } from "@/lib/testing/temp-dirs";
import { resolveAuthSecret } from "./auth-secret";

describe("resolveAuthSecret", () => {
  const tempDir = useTempDirs("secret");

  it("uses the configured secret", () => {
    const configured = "x".repeat(40);
    expect(resolveAuthSecret({ configured, dataDir: tempDir(), embedded: false, production: true })).toBe(configured);
  });

  it("generates a secret once and keeps it in the data folder", () => {
    const dataDir = tempDir();
    const first = resolveAuthSecret({ dataDir, embedded: true, production: true });
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(resolveAuthSecret({ dataDir, embedded: true, production: true })).toBe(first);
    expect(readFileSync(join(dataDir, "nextauth-secret"), "utf8").trim()).toBe(first);
  });

  it("stops a production start on an external database without a secret", () => {
    expect(() => resolveAuthSecret({ dataDir: tempDir(), embedded: false, production: true })).toThrow(/NEXTAUTH_SECRET is not set/);
  });

  it("allows a development server on an external database to generate one", () => {
    expect(resolveAuthSecret({ dataDir: tempDir(), embedded: false, production: false })).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
  });
});
