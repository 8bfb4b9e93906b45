/**
 * Qualifiers ("more than", "nearly", "at least", "around"…) and the interval each one allows around a figure.
 * Table-driven: no library normalizes these, and the table is what a reviewer reads to check the rules.
 */
import { Token } from "./tokens";
import { WordTable } from "./wordShapes";

/** What a qualifier does to a figure. */
export type QualifierKind = "exact" | "more than" | "at least" | "nearly" | "less than" | "at most" | "about";

/** Phrases (lower case, single spaces) and what they mean. Longer phrases are tried first. */
const QUALIFIER_TABLE: [string, QualifierKind][] = [
  ["more than", "more than"], ["over", "more than"], ["above", "more than"], ["in excess of", "more than"],
  ["upwards of", "more than"], ["exceeding", "more than"], ["exceed", "more than"], ["exceeds", "more than"],
  ["exceeded", "more than"], ["topped", "more than"], ["tops", "more than"], ["surpassed", "more than"],
  ["surpasses", "more than"], ["passes", "more than"], ["passed", "more than"], ["crosses", "more than"], ["crossed", "more than"],
  ["well over", "more than"], ["just over", "more than"], ["north of", "more than"], ["beyond", "more than"],
  ["at least", "at least"], ["no fewer than", "at least"], ["no less than", "at least"], ["a minimum of", "at least"],
  ["not less than", "at least"],
  ["nearly", "nearly"], ["almost", "nearly"], ["close to", "nearly"], ["just under", "nearly"], ["just shy of", "nearly"],
  ["shy of", "nearly"], ["approaching", "nearly"], ["not quite", "nearly"],
  ["less than", "less than"], ["fewer than", "less than"], ["under", "less than"], ["below", "less than"],
  ["at most", "at most"], ["up to", "at most"], ["as many as", "at most"], ["as much as", "at most"],
  ["no more than", "at most"], ["not more than", "at most"], ["a maximum of", "at most"],
  ["about", "about"], ["around", "about"], ["approximately", "about"], ["roughly", "about"], ["some", "about"],
  ["an estimated", "about"], ["estimated", "about"], ["circa", "about"], ["approx", "about"], ["closer to", "about"],
  ["an approximate", "about"], ["in the region of", "about"], ["somewhere around", "about"], ["close on", "about"],
  ["exactly", "exact"], ["precisely", "exact"], ["just", "exact"], ["only", "exact"], ["a mere", "exact"],
];
/**
 * The qualifiers as a tree read from a figure backwards: the last word, then the word before it, and so on
 * ("of" -> "excess" -> "in"). A node holds the phrase read so far and its meaning if that phrase is one.
 */
interface QualifierNode {
  kind: QualifierKind | undefined;
  phrase: string;
  before: Map<string, QualifierNode>;
}
const QUALIFIERS_BACKWARDS = new Map<string, QualifierNode>();
for (const [phrase, kind] of QUALIFIER_TABLE) {
  const words = phrase.split(" ");
  let level = QUALIFIERS_BACKWARDS;
  let node: QualifierNode | undefined;
  for (let k = words.length - 1; k >= 0; k--) {
    node = level.get(words[k]);
    if (!node) level.set(words[k], (node = { kind: undefined, phrase: words.slice(k).join(" "), before: new Map() }));
    level = node.before;
  }
  node!.kind = kind;
}
/** The last word of every qualifier: a figure whose previous word is not one of these has no qualifier. */
const LAST_WORDS = new WordTable(new Set(QUALIFIER_TABLE.map(([phrase]) => phrase.slice(phrase.lastIndexOf(" ") + 1))));
const MAX_WORDS = 4;

/** Adverbs that may stand between a qualifier and the figure ("closer to just 250", "more than only 3"). */
const SOFTENERS = new Set(["just", "only", "barely", "merely", "still"]);

export interface QualifierMatch {
  kind: QualifierKind;
  /** The phrase as written in lower case ("more than"). */
  phrase: string;
  /** Index of the qualifier's first token. */
  first: number;
}

const KIND_OF_PHRASE = new Map(QUALIFIER_TABLE);

/** What a qualifier phrase (as a claim keeps it, "more than") does to its figure; undefined for none or unknown. */
export function qualifierKind(phrase: string | null): QualifierKind | undefined {
  return phrase === null ? undefined : KIND_OF_PHRASE.get(phrase);
}

/** The qualifier whose last token is tokens[i - 1], if any (longest phrase wins). */
export function qualifierBefore(tokens: Token[], i: number): QualifierMatch | null {
  const direct = longestEndingAt(tokens, i);
  // "Ukraine handed over 103 servicemen": "over" is the verb's particle, not "more than".
  if (direct && direct.phrase === "over" && PARTICLE_VERBS.has(tokens[direct.first - 1]?.lower ?? "")) return null;
  if (direct && direct.kind === "exact" && SOFTENERS.has(direct.phrase)) {
    // "closer to just 250": the softener is part of a longer qualifier.
    const outer = longestEndingAt(tokens, direct.first);
    if (outer) return { kind: outer.kind, phrase: `${outer.phrase} ${direct.phrase}`, first: outer.first };
  }
  return direct;
}

/** Verbs whose particle is "over" ("handed over", "turned over", "signed over"): a figure after them is exact. */
const PARTICLE_VERBS = new Set("hand hands handed handing turn turns turned turning sign signs signed signing".split(" "));

function longestEndingAt(tokens: Token[], i: number): QualifierMatch | null {
  const last = tokens[i - 1];
  if (!last || !LAST_WORDS.has(last)) return null;
  let best: QualifierMatch | null = null;
  // (Walking the tree rather than looking up each longer phrase: no string is built per figure.)
  let level = QUALIFIERS_BACKWARDS;
  for (let n = 1; n <= MAX_WORDS; n++) {
    const t = tokens[i - n];
    if (!t || t.kind !== "word") break;
    const node = level.get(t.lower);
    if (!node) break;
    if (node.kind) best = { kind: node.kind, phrase: node.phrase, first: i - n };
    level = node.before;
  }
  return best;
}

/** The interval a qualifier allows around a value: [low, high] with open ends where the wording is strict. */
export interface Interval {
  low: number | null;
  high: number | null;
  lowOpen: boolean;
  highOpen: boolean;
}

/** Relative width of "about": ±10%. "nearly" reaches 7% below the figure ("nearly 7,000" ≈ [6,510, 7,000)). */
const ABOUT = 0.1;
const NEARLY = 0.07;

export function intervalFor(kind: QualifierKind, value: number): Interval {
  switch (kind) {
    case "more than":
      return { low: value, high: null, lowOpen: true, highOpen: false };
    case "at least":
      return { low: value, high: null, lowOpen: false, highOpen: false };
    case "nearly":
      return { low: value * (1 - NEARLY), high: value, lowOpen: false, highOpen: true };
    case "less than":
      return { low: null, high: value, lowOpen: false, highOpen: true };
    case "at most":
      return { low: null, high: value, lowOpen: false, highOpen: false };
    case "about":
      return { low: value * (1 - ABOUT), high: value * (1 + ABOUT), lowOpen: false, highOpen: false };
    default:
      return { low: value, high: value, lowOpen: false, highOpen: false };
  }
}

/** Vague counts and the interval each one allows ("tens of thousands" -> [20,000, 100,000)). */
export const VAGUE_COUNTS: [RegExp, number, number][] = [
  [/^(?:tens of thousands)$/, 20000, 100000],
  [/^(?:hundreds of thousands)$/, 200000, 1000000],
  [/^(?:tens of millions)$/, 2e7, 1e8],
  [/^(?:hundreds of millions)$/, 2e8, 1e9],
  [/^(?:dozens|scores)$/, 24, 100],
  [/^(?:hundreds)$/, 200, 1000],
  [/^(?:thousands)$/, 2000, 10000],
  [/^(?:millions)$/, 2e6, 1e9],
  [/^(?:billions)$/, 2e9, 1e12],
];
