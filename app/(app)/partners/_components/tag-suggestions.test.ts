import { describe, expect, it } from "vitest";
import { offeredTags, typingWord, withTag } from "./tag-suggestions";

const IN_USE = ["erasmus", "erasmus-plus", "belt-and-road", "research", "双一流"];

describe("the tags field of a saved record", () => {
  const saved = "erasmus, belt-and-road";

  it("treats the last saved tag as a whole tag, not a word being typed", () => {
    expect(typingWord(saved, false)).toBe("");
    expect(offeredTags(saved, typingWord(saved, false), IN_USE)).toEqual(["erasmus-plus", "research", "双一流"]);
  });

  it("adds a chosen tag after the saved ones, replacing none", () => {
    expect(withTag(saved, "", "erasmus-plus")).toBe("erasmus, belt-and-road, erasmus-plus, ");
  });
});

describe("while a tag is being typed", () => {
  it("offers the tags containing the word, whatever its case", () => {
    expect(offeredTags("research, Eras", "Eras", IN_USE)).toEqual(["erasmus", "erasmus-plus"]);
  });

  it("still offers a tag typed out in full, to finish it with a click", () => {
    expect(offeredTags("erasmus", "erasmus", IN_USE)).toEqual(["erasmus", "erasmus-plus"]);
  });

  it("replaces the word being typed by the tag that contains it", () => {
    expect(withTag("research, eras", "eras", "erasmus-plus")).toBe("research, erasmus-plus, ");
    expect(withTag("research，双一", "双一", "双一流")).toBe("research, 双一流, ");
  });

  it("keeps a typed word that is not part of the chosen tag", () => {
    expect(withTag("research, new-tag", "new-tag", "erasmus")).toBe("research, new-tag, erasmus, ");
  });
});

it("offers nothing twice and at most the limit", () => {
  expect(offeredTags("", "", IN_USE, 2)).toEqual(["erasmus", "erasmus-plus"]);
  expect(offeredTags("Research, ", "", IN_USE)).not.toContain("research");
  expect(typingWord("research, ", true)).toBe("");
});
