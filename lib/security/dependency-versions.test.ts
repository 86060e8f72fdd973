import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// `npm audit` cannot reach the advisory database from here (SECURITY.md §4), so this test
// holds the line instead: the installed and locked versions of the packages whose advisories
// matter most are at least the patched ones. Raise a minimum when a new advisory lands.
const MINIMUMS: Record<string, { version: string; why: string }> = {
  next: { version: "16.2.11", why: "proxy bypasses, Server Action DoS and SSRF (SECURITY.md §1, 2026-07 advisories)" },
  "next-auth": { version: "4.24.15", why: "GHSA-7rqj-j65f-68wh (SECURITY.md §2)" },
};

const root = new URL("../../", import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), "utf8")) as Record<string, unknown>;

/** -1, 0 or 1 for two release versions (x.y.z, pre-release tags compare as older). */
function compareVersions(a: string, b: string): number {
  const parse = (version: string) => {
    const [release = "", pre] = version.split("-", 2);
    return { parts: release.split(".").map(Number), pre };
  };
  const left = parse(a);
  const right = parse(b);
  for (let i = 0; i < 3; i++) {
    const diff = (left.parts[i] ?? 0) - (right.parts[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (left.pre && !right.pre) return -1;
  if (!left.pre && right.pre) return 1;
  return 0;
}

describe("compareVersions", () => {
  it.each([
    ["16.4.6", "16.2.11", 1],
    ["16.2.11", "16.2.11", 0],
    ["16.2.10", "16.2.11", -1],
    ["16.10.0", "16.9.9", 1],
    ["16.2.11-canary.3", "16.2.11", -1],
    ["4.24.15", "4.24.15", 0],
    ["4.24.14", "4.24.15", -1],
  ])("%s vs %s → %d", (a, b, expected) => expect(compareVersions(a, b)).toBe(expected));
});

describe("patched dependency versions", () => {
  const lock = readJson("package-lock.json") as { packages: Record<string, { version?: string }> };

  for (const [name, minimum] of Object.entries(MINIMUMS)) {
    it(`${name} is at least ${minimum.version} (${minimum.why})`, () => {
      const locked = lock.packages[`node_modules/${name}`]?.version;
      const installed = readJson(`node_modules/${name}/package.json`).version as string;
      expect(locked, "package-lock.json").toBeDefined();
      expect(compareVersions(locked!, minimum.version), `locked ${locked}`).toBeGreaterThanOrEqual(0);
      expect(compareVersions(installed, minimum.version), `installed ${installed}`).toBeGreaterThanOrEqual(0);
    });
  }

  it("no nested copy of them is older either", () => {
    for (const [path, entry] of Object.entries(lock.packages)) {
      const name = Object.keys(MINIMUMS).find((candidate) => path.endsWith(`node_modules/${candidate}`));
      if (name && entry.version) expect(compareVersions(entry.version, MINIMUMS[name]!.version), path).toBeGreaterThanOrEqual(0);
    }
  });
});
