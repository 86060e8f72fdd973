import { Prisma } from "@/lib/generated/prisma/client";
import { scriptVariants } from "./chinese-scripts";
import { likePattern } from "./keyset";

// The lists' text search: the typed text anywhere in a row's lowered search text (a SQL
// expression with a trigram index, so partial words are found without reading every row). A
// trigram index cannot narrow a two-character term, and two characters are a whole word in
// Chinese: such a term is also looked up in the expression's index of character pairs
// (migration search_bigrams), and the LIKE stays the exact test. Several words are each
// looked for on their own, in any order: "tokyo university" finds "University of Tokyo". A
// Chinese word is found in simplified or traditional script (lib/lists/chinese-scripts.ts):
// each of its spellings is looked up in the indexes, which the planner ORs (a BitmapOr).

/** Two characters, neither ASCII: the terms the pair index answers. */
export function isPairTerm(text: string): boolean {
  const characters = [...text];
  return characters.length === 2 && characters.every((character) => character.codePointAt(0)! > 0x7f);
}

const like = (expression: Prisma.Sql, text: string) => Prisma.sql`${expression} LIKE lower(${likePattern(text)})`;

/** Any of the tests; one stays as it is. */
const anyOf = (tests: Prisma.Sql[]) => (tests.length === 1 ? tests[0]! : Prisma.sql`(${Prisma.join(tests.map((test) => Prisma.sql`(${test})`), " OR ")})`);

/** `expression` (already lowered) contains `word` in either Chinese script, whatever its case: the exact test alone, for an expression with no index. */
export function likeWord(expression: Prisma.Sql, word: string): Prisma.Sql {
  return anyOf(scriptVariants(word).map((spelling) => like(expression, spelling)));
}

/**
 * The same, through the expression's indexes: its trigrams, and its character pairs for pair
 * terms. The pair spellings of a word (台湾, 臺灣, 台灣) are one lookup of the pair index, which is
 * exact: an OR of one lookup per spelling would make PostgreSQL recompute the pairs of every
 * row it found (170 ms instead of 6 for 大学 over 20,000 partners).
 */
export function containsWord(expression: Prisma.Sql, word: string): Prisma.Sql {
  const spellings = scriptVariants(word);
  const pairs = spellings.filter(isPairTerm);
  const tests = spellings.filter((spelling) => !isPairTerm(spelling)).map((spelling) => like(expression, spelling));
  if (pairs.length > 0) {
    const lookup = Prisma.join(pairs.map((pair) => Prisma.sql`lower(${pair})`));
    const pairIndex = Prisma.sql`search_bigrams(${expression}) ${Prisma.raw(pairs.length === 1 ? "@>" : "&&")} ARRAY[${lookup}]`;
    tests.unshift(Prisma.sql`${pairIndex} AND ${anyOf(pairs.map((pair) => like(expression, pair)))}`);
  }
  return anyOf(tests);
}

/** At most this many words of a search are used; more add little but cost a scan each. */
const MAX_WORDS = 6;

/**
 * The words a search looks for, each on its own: split at spaces, lowered, each once. A
 * one- or two-letter word beside longer ones ("of", "de") is left out: a trigram index cannot
 * narrow it, and a longer word already does; a search of short words only keeps them.
 */
export function searchWords(text: string): string[] {
  const words = [...new Set(text.toLowerCase().split(/\s+/).filter(Boolean))];
  const narrowing = words.filter((word) => [...word].length >= 3 || isPairTerm(word));
  return (narrowing.length > 0 ? narrowing : words).slice(0, MAX_WORDS);
}

/** `expression` contains every word of `text` (searchWords), each in either script, through the indexes. */
export function containsWords(expression: Prisma.Sql, text: string): Prisma.Sql {
  return Prisma.join(searchWords(text).map((word) => containsWord(expression, word)), " AND ");
}
