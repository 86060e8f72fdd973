import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { containsWords, isPairTerm, searchWords } from "./text-search";

describe("isPairTerm", () => {
  it("is two characters, neither ASCII: a two-character Chinese word", () => {
    expect(isPairTerm("清华")).toBe(true);
    expect(isPairTerm("ée")).toBe(false);
    expect(isPairTerm("éè")).toBe(true);
    expect(isPairTerm("ab")).toBe(false);
    expect(isPairTerm("清")).toBe(false);
    expect(isPairTerm("清华大")).toBe(false);
    // Characters, not UTF-16 units: one ideograph outside the BMP is one character.
    expect(isPairTerm("𠀀华")).toBe(true);
  });
});

describe("searchWords", () => {
  it("looks for each word on its own, lowered and once, whatever the order", () => {
    expect(searchWords("  Tokyo   University ")).toEqual(["tokyo", "university"]);
    expect(searchWords("Exchange exchange")).toEqual(["exchange"]);
    expect(searchWords("北京大学 清华")).toEqual(["北京大学", "清华"]);
  });

  it("leaves out one- and two-letter words beside longer ones, and keeps them when they are all there is", () => {
    expect(searchWords("University of Tokyo")).toEqual(["university", "tokyo"]);
    expect(searchWords("Université de Lyon")).toEqual(["université", "lyon"]);
    expect(searchWords("TU")).toEqual(["tu"]);
    expect(searchWords("a b")).toEqual(["a", "b"]);
  });

  it("uses at most six words", () => {
    expect(searchWords("one two three four five six seven eight")).toHaveLength(6);
  });
});

describe("containsWords", () => {
  const expression = Prisma.sql`t`;

  it("looks for a Chinese word in each of its spellings, its pairs in one lookup of the pair index", () => {
    const sql = containsWords(expression, "台湾 university");
    expect(sql.sql).toBe(
      "search_bigrams(t) && ARRAY[lower(?),lower(?),lower(?)] AND ((t LIKE lower(?)) OR (t LIKE lower(?)) OR (t LIKE lower(?))) AND t LIKE lower(?)",
    );
    expect(sql.values).toEqual(["台湾", "臺灣", "台灣", "%台湾%", "%臺灣%", "%台灣%", "%university%"]);
  });

  it("ORs the trigram tests of a longer word's spellings", () => {
    const sql = containsWords(expression, "北京大學");
    expect(sql.sql).toBe("((t LIKE lower(?)) OR (t LIKE lower(?)))");
    expect(sql.values).toEqual(["%北京大學%", "%北京大学%"]);
  });

  it("leaves a word with no other spelling one condition, as before", () => {
    expect(containsWords(expression, "科技").sql).toBe("search_bigrams(t) @> ARRAY[lower(?)] AND t LIKE lower(?)");
    expect(containsWords(expression, "Tokyo").sql).toBe("t LIKE lower(?)");
  });
});
