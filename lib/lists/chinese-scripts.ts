import "server-only";
import { Converter } from "opencc-js";

// The lists' search finds a Chinese word in simplified and in traditional script alike: staff
// type 台湾大学 where a Taiwanese partner's record says 國立臺灣大學, or the reverse. The stored
// text is searched as it is (its trigram and character-pair indexes), so the word is spelt
// every way it may be stored, and a row matching any spelling is found.
//
// OpenCC (opencc-js, its JavaScript port) does the conversion: its dictionaries choose among
// one-to-many characters by phrase (头发 → 頭髮 but 发展 → 發展, 后天 → 後天 but 皇后 → 皇后)
// and know the regional standards (Taiwan's 臺 and 裡, Hong Kong's 台 and 裏), which a table of
// characters kept here would get wrong or let go stale. The converters are built the first
// time a Chinese word is searched, and only those this needs: about 0.4 s and 30 MB of heap,
// nearly all of it simplified → traditional's phrase dictionary. Going to Taiwan's and Hong
// Kong's forms from its output, not by OpenCC's direct cn → tw and cn → hk (which load that
// dictionary twice each), keeps it one copy: those would take 1 s and 112 MB.
// Server-only: the dictionaries are over a megabyte and have no place in a browser bundle.

type Convert = (text: string) => string;

let converters: { toSimplified: Convert[]; toTraditional: Convert; traditionalTo: Convert[] } | undefined;

function built() {
  converters ??= {
    // As typed in standard, Taiwanese or Hong Kong traditional (臺 and 台, 裡 and 裏): each
    // region's own characters are undone before the simplification.
    toSimplified: [Converter({ from: "t", to: "cn" }), Converter({ from: "tw", to: "cn" }), Converter({ from: "hk", to: "cn" })],
    toTraditional: Converter({ from: "cn", to: "t" }),
    // Standard traditional in Taiwan's and Hong Kong's forms: 臺灣 stays, or becomes 台灣.
    traditionalTo: [Converter({ from: "t", to: "tw" }), Converter({ from: "t", to: "hk" })],
  };
  return converters;
}

const HAN = /\p{Script=Han}/u;

/**
 * The ways `word` may be spelt in the other script: itself, its simplified form, and that in
 * standard, Taiwanese and Hong Kong traditional, each once. A word without Chinese characters
 * is only itself (and builds no converter).
 */
export function scriptVariants(word: string): string[] {
  if (!HAN.test(word)) return [word];
  const { toSimplified, toTraditional, traditionalTo } = built();
  const variants = new Set([word]);
  for (const simplified of new Set(toSimplified.map((convert) => convert(word)))) {
    const traditional = toTraditional(simplified);
    variants.add(simplified).add(traditional);
    for (const convert of traditionalTo) variants.add(convert(traditional));
  }
  return [...variants];
}
