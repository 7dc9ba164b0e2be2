import { describe, expect, it } from "vitest";
import { english } from "../src/lang/en/index.ts";
import { loadLexicon } from "../src/lexicon/load-lexicon.ts";
import { contextualNames, mayNameContextually } from "../src/recognize/contextual-names.ts";
import { recognizeMentions, recognizeWithContext } from "../src/recognize/recognize-mentions.ts";
import { tokenize } from "../src/text/tokenize.ts";

// Which sentences an article that names a Korea reads again with "the North" and "the South" (bundled lexicon, English pack).
const lexicon = loadLexicon();
const words = english.mentions;
const sentence = (text: string) => tokenize(text, english.clitics);
const contextual = contextualNames(
  [recognizeMentions(sentence("Kim Jong Un inspected a factory."), lexicon, words)],
  lexicon,
  words.contextualNames,
  words.possessiveClitics,
)!;
const mayChange = (text: string) => mayNameContextually(sentence(text), contextual, words.possessiveClitics);

describe("mayNameContextually", () => {
  it("stems the last words of the keys only the contextual names give, not 'the', which begins lexicon names", () => {
    expect(contextual.lastWordStems).toEqual(new Set(["north", "south"]));
  });

  it("a sentence with 'North' or 'South', bare or before a clitic, is read again", () => {
    expect(mayChange("Seoul said the North had shipped shells.")).toBe(true);
    expect(mayChange("The South's navy fired warning shots.")).toBe(true);
  });

  it("a sentence with neither is not, however many times it says 'the', nor for its clitic's 's'", () => {
    expect(mayChange("The leader met the president of the republic in the capital.")).toBe(false);
    expect(mayChange("Russia's leader met Xi's envoy.")).toBe(false);
    expect(mayChange("No one said so.")).toBe(false);
  });
});

describe("recognizeWithContext", () => {
  const again = (text: string) => {
    const plain = recognizeMentions(sentence(text), lexicon, words);
    return { plain, again: recognizeWithContext(sentence(text), lexicon, words, contextual, plain) };
  };

  it("keeps the plain reading of a sentence whose keys the contextual names give none of ('South Korea')", () => {
    const { plain, again: read } = again("South Korea's navy fired warning shots.");
    expect(read).toBe(plain);
  });

  it("reads again a sentence where they give one: 'the North' is North Korea", () => {
    const { plain, again: read } = again("Seoul said the North had shipped shells.");
    expect(read).not.toBe(plain);
    expect(read.some((m) => m.kind === "name" && m.entry?.name === "North Korea")).toBe(true);
  });
});
