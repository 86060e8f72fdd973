import { describe, expect, it } from "vitest";
import { catalogues } from "./catalogues";

const { en, zh } = catalogues;

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function messageAt(tree: object, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}

describe("message catalogues", () => {
  const enKeys = keys(en);
  const zhKeys = keys(zh);

  it("have the same keys in English and Chinese", () => {
    expect(enKeys.filter((k) => !zhKeys.includes(k)), "missing in zh.json").toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k)), "missing in en.json").toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const text = (tree: object, key: string) => String(messageAt(tree, key));
    const mismatched = enKeys.filter((k) => placeholders(text(en, k)).join() !== placeholders(text(zh, k)).join());
    expect(mismatched).toEqual([]);
  });

  it("have no empty messages", () => {
    expect([...enKeys.filter((k) => !messageAt(en, k)), ...zhKeys.filter((k) => !messageAt(zh, k))]).toEqual([]);
  });
});
