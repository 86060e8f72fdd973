import { randomBytes } from "node:crypto";

// Demo content must be the same on every machine for the same day, so everything that
// varies comes from a seeded PRNG, never Math.random. Each part of the seed draws from its
// own stream (`createRandom("exchanges")`), so adding a partner does not reshuffle every
// exchange after it.

/** mulberry32: a tiny 32-bit PRNG, good enough for plausible demo data (not for secrets). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, so streams can be named rather than numbered. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** `count` distinct items, in a random order. */
  sample: <T>(items: readonly T[], count: number) => T[];
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
};

export function createRandom(seed: number | string): Random {
  const next = mulberry32(typeof seed === "number" ? seed : hashSeed(seed));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick() from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    // Partial Fisher–Yates: only the first `count` places are shuffled.
    const n = Math.min(count, pool.length);
    for (let i = 0; i < n; i++) {
      const j = int(i, pool.length - 1);
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, n);
  };
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error("weighted() from an empty list");
    return last[0];
  };
  return { next, int, chance: (p) => next() < p, pick, sample, weighted };
}

let lastMs = 0;
let sequence = 0;

/**
 * A UUID v7 like the schema's `@default(uuid(7))`, made here so bulk inserts can reference
 * rows they insert in the same batch. Ids are not content: they may differ between runs
 * (digests of demo data leave them out). A 12-bit counter keeps ids made in the same
 * millisecond in creation order, as keyset pagination by id expects.
 */
export function newId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    sequence++;
    if (sequence > 0xfff) {
      ms = lastMs + 1;
      sequence = 0;
    }
  } else {
    sequence = 0;
  }
  lastMs = ms;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A short random suffix that keeps test records unique when test files share a database. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}
