/**
 * Whether a block is written in title case (a headline, or a headline quoted in a print-edition line), where
 * capitals say little about names. Asked once per block before its runs are read; separate because it looks
 * at the block's shape, not at any name.
 */
import { Block } from "../types";
import { Token, flagsOf } from "./tokens";
import { FUNCTION_WORD } from "../lexicon/wordFlags";
import { LOWER_FUNCTION_WORDS } from "./evidence";

/**
 * The span of a headline quoted in a print-edition line ("… with the headline: Partner Gets 45 Years in Killing."),
 * up to the end of its sentence or a "|"; `at` is where "headline: " stands in the block.
 */
export function quotedHeadline(text: string, block: Block, at: number): [number, number] {
  const from = at + 10;
  let to = from;
  while (to < block.end && text.charCodeAt(to) !== 124 && !(text.charCodeAt(to) === 46 && (to + 1 >= block.end || text.charCodeAt(to + 1) === 32))) to++;
  return [from, to];
}

/**
 * A headline-style block ("Belarus Leader Says Putin Offers Help"): capitals there say little. `headline`: the
 * article's own headline, which may run to two sentences with full stops ("A Councilman Was Killed. His Partner
 * Will Spend Decades in Prison.").
 */
export function isTitleCase(tokens: Token[], text: string, headline = false): boolean {
  // Headlines are short and have no sentence break inside; a name-dense sentence is not a headline.
  if (!tokens.length) return false;
  if (tokens[tokens.length - 1].end - tokens[0].start > 160) return false;
  // A block that ends with a full stop is a sentence, however many of its words are names ("The law was cited
  // by Orla Keane on Monday."); headlines end without one.
  if (!headline && /^["”’)]?\.(?:["”’)]?\s*$)/.test(blockTail(text, tokens[tokens.length - 1].end))) return false;
  // Words of four letters or more that are not function words, capitalised ones counted first: the lowercase
  // ones are then counted only until they are too many for 70% capitals.
  let caps = 0;
  for (const t of tokens) if (t.cap && t.text.length > 3 && (flagsOf(t) & FUNCTION_WORD) === 0) caps++;
  let lowers = 0;
  for (const t of tokens) {
    if (t.cap || t.text.length <= 3 || LOWER_FUNCTION_WORDS.has(t.text)) continue;
    lowers++;
    if (3 * caps < 7 * lowers) return false;
  }
  const words = caps + lowers;
  if (!(words >= 3 && caps / words >= 0.7)) return false;
  // (The sentence-break test last: few blocks get this far.)
  return headline || !SENTENCE_BREAK.test(text.slice(tokens[0].start, tokens[tokens.length - 1].end));
}

const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;

/** The text after a block's last word, up to the end of its line (a few characters at most are looked at). */
function blockTail(text: string, from: number): string {
  const end = text.indexOf("\n", from);
  return text.slice(from, Math.min(end < 0 ? text.length : end, from + 8));
}
