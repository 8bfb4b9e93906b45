// Shared by the name-finding tests: an article's mentions from our own text, each checked against its offsets, and
// the texts of one kind of mention.
import assert from "node:assert/strict";
import { parseArticle } from "../../server/src/analysis/structure";
import { findMentions } from "../../server/src/analysis/mentions";
import { analyzeCorpus } from "../../server/src/analysis/analyze";
import { Decisions, EntityKind, Mention, noDecisions } from "../../server/src/analysis/types";

/** The mentions found in `text` (one article named "t.txt"); fails when a mention's text is not its offsets' slice. */
export function mentionsOf(text: string, decisions: Decisions = noDecisions): Mention[] {
  const ms = findMentions(parseArticle("t.txt", text), decisions);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text, `offsets of ${m.text}`);
  return ms;
}

/** The texts of the mentions of one kind, in order. */
export const texts = (ms: Mention[], kind: EntityKind): string[] => ms.filter((m) => m.kind === kind).map((m) => m.text);

/**
 * The entities of one kind that a corpus links, each as its distinct mention texts ("file:text" with `withFiles`)
 * sorted and joined by "|", in sorted order: the linking tests compare these lists.
 */
export function entityGroups(sources: { file: string; text: string }[], kind: EntityKind, withFiles = false): string[] {
  return analyzeCorpus(sources, { decisions: noDecisions })
    .entities.filter((e) => e.kind === kind)
    .map((e) => [...new Set(e.mentions.map((m) => (withFiles ? `${m.file}:${m.text}` : m.text)))].sort().join("|"))
    .sort();
}
