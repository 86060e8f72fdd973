import { Prisma } from "@/lib/generated/prisma/client";
import { likePattern } from "./keyset";

// The lists' text search: the typed text anywhere in a row's lowered search text (a SQL
// expression with a trigram index, so partial words are found without reading every row). A
// trigram index cannot narrow a two-character term, and two characters are a whole word in
// Chinese: such a term is also looked up in the expression's index of character pairs
// (migration search_bigrams), and the LIKE stays the exact test. Several words are each
// looked for on their own, in any order: "tokyo university" finds "University of Tokyo".

/** Two characters, neither ASCII: the terms the pair index answers. */
export function isPairTerm(text: string): boolean {
  const characters = [...text];
  return characters.length === 2 && characters.every((character) => character.codePointAt(0)! > 0x7f);
}

/** `expression` (already lowered) contains `text`, whatever its case: the exact test alone, for an expression with no index. */
export function likeText(expression: Prisma.Sql, text: string): Prisma.Sql {
  return Prisma.sql`${expression} LIKE lower(${likePattern(text)})`;
}

/** The same, through the expression's indexes: its trigrams, and its character pairs for a pair term. */
export function containsText(expression: Prisma.Sql, text: string): Prisma.Sql {
  const like = likeText(expression, text);
  return isPairTerm(text) ? Prisma.sql`search_bigrams(${expression}) @> ARRAY[lower(${text})] AND ${like}` : like;
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

/** `expression` contains every word of `text` (searchWords), each through the indexes. */
export function containsWords(expression: Prisma.Sql, text: string): Prisma.Sql {
  return Prisma.join(searchWords(text).map((word) => containsText(expression, word)), " AND ");
}
