// What the partner form's tags field offers and does: the tags are typed comma-separated
// (Latin or Chinese comma), and the tags other partners have are offered to add with a click.

const parts = (text: string) => text.split(/[,，]/).map((tag) => tag.trim());

/**
 * The word being typed: the text after the last comma, but only once the person has typed.
 * A record's saved tags ("erasmus, belt-and-road") end in a whole tag, not a word in progress.
 */
export function typingWord(text: string, edited: boolean): string {
  return edited ? (parts(text).at(-1) ?? "") : "";
}

/** The tags in use to offer: none already in the field, and only those containing the word being typed. */
export function offeredTags(text: string, typing: string, suggestions: readonly string[], limit = 12): string[] {
  const word = typing.toLowerCase();
  const chosen = new Set(parts(text).filter(Boolean).map((tag) => tag.toLowerCase()));
  chosen.delete(word);
  return suggestions
    .filter((tag) => !chosen.has(tag.toLowerCase()) && tag.toLowerCase().includes(word))
    .slice(0, limit);
}

/** The field's text with `tag` added: it takes the place of the word being typed when that word is part of it. */
export function withTag(text: string, typing: string, tag: string): string {
  const kept = parts(text).filter(Boolean);
  if (typing && tag.toLowerCase().includes(typing.toLowerCase())) kept.pop();
  return `${[...kept, tag].join(", ")}, `;
}
