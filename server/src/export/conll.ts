/**
 * CoNLL-2003-style columns: one token per line with its BIO tag (`Lukashenko B-PER`), a blank line between
 * sentences, and a `-DOCSTART- O` line before each article, in corpus order. Tags are PER, LOC and ORG.
 * Tokens are cut at whitespace, at punctuation, and at mention boundaries, so that a tag never covers part
 * of a token ("Lukashenko's" gives "Lukashenko" B-PER and "'s" O). Where mentions overlap, the one that
 * starts first (the longest of those) is tagged.
 */
import { CorpusAnalysis } from "../analysis/types";
import { ExportFile, ExportMention, KIND_LABELS, exportArticles } from "./model";

export function exportConll(corpus: CorpusAnalysis): ExportFile[] {
  const lines: string[] = [];
  for (const a of exportArticles(corpus)) {
    lines.push("-DOCSTART- O", "");
    const sentences = tagArticle(a.analysis.article.text, a.mentions);
    for (const sentence of sentences) lines.push(...sentence.map(([token, tag]) => `${token} ${tag}`), "");
  }
  return [{ path: "corpus.conll", content: lines.join("\n") }];
}

/** Sentences of [token, tag]. */
export function tagArticle(text: string, mentions: ExportMention[]): [string, string][][] {
  const kept: ExportMention[] = [];
  for (const m of mentions) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);
  const cuts = new Set<number>();
  for (const m of kept) cuts.add(m.start).add(m.end);

  const sentences: [string, string][][] = [];
  let sentence: [string, string][] = [];
  const endSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  let mi = 0;
  const tokenRe = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  let lastEnd = 0;
  for (let t = tokenRe.exec(text); t; t = tokenRe.exec(text)) {
    // A line break ends a sentence: articles put headlines, bylines and paragraphs on lines of their own.
    if (/[\r\n]/.test(text.slice(lastEnd, t.index))) endSentence();
    // Split the token at mention boundaries.
    let pieceStart = t.index;
    const tokenEnd = t.index + t[0].length;
    for (let i = t.index + 1; i <= tokenEnd; i++) {
      if (i !== tokenEnd && !cuts.has(i)) continue;
      const start = pieceStart;
      pieceStart = i;
      while (mi < kept.length && kept[mi].end <= start) mi++;
      const m = kept[mi];
      const inside = m && m.start <= start && i <= m.end;
      const tag = inside ? `${start === m.start ? "B" : "I"}-${KIND_LABELS[m.kind].conll}` : "O";
      sentence.push([text.slice(start, i), tag]);
    }
    lastEnd = tokenEnd;
    const token = t[0];
    // Sentence-final punctuation outside a name ends the sentence.
    if ((token === "." || token === "!" || token === "?") && sentence[sentence.length - 1][1] === "O" && /^\s/.test(text.slice(tokenEnd, tokenEnd + 1) || " ")) endSentence();
  }
  endSentence();
  return sentences;
}
