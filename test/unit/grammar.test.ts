// Tokenizes our own sample text with the real TextMate engine VS Code uses (vscode-textmate +
// the Oniguruma regex engine compiled to wasm), and checks the scopes a theme would colour.
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as oniguruma from "vscode-oniguruma";
import * as textmate from "vscode-textmate";

const root = path.resolve(__dirname, "../..");
const grammarPath = path.join(root, "syntaxes/news-article.tmLanguage.json");

interface Token {
  text: string;
  scopes: string[];
}

let grammar: textmate.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== "text.news-article") return null;
      return textmate.parseRawGrammar(fs.readFileSync(grammarPath, "utf8"), grammarPath);
    },
  });
  const loaded = await registry.loadGrammar("text.news-article");
  assert.ok(loaded, "grammar loads");
  grammar = loaded;
});

/** Tokenizes a whole document the way the editor does: line by line, carrying the rule stack. */
function tokenize(text: string): Token[][] {
  let stack = textmate.INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** Scopes of the token(s) that cover `needle` on the given line (joined, deduplicated). */
function scopesOf(lines: Token[][], lineIndex: number, needle: string): string[] {
  const tokens = lines[lineIndex];
  assert.ok(tokens, `line ${lineIndex} exists`);
  const lineText = tokens.map((t) => t.text).join("");
  const start = lineText.indexOf(needle);
  assert.ok(start >= 0, `"${needle}" is on line ${lineIndex}: ${lineText}`);
  const end = start + needle.length;
  const found = new Set<string>();
  let offset = 0;
  for (const token of tokens) {
    const tokenEnd = offset + token.text.length;
    if (tokenEnd > start && offset < end) token.scopes.forEach((s) => found.add(s));
    offset = tokenEnd;
  }
  return [...found];
}

function hasScope(scopes: string[], prefix: string): boolean {
  return scopes.some((s) => s === prefix || s.startsWith(prefix + "."));
}

function assertScope(lines: Token[][], line: number, needle: string, prefix: string): void {
  const scopes = scopesOf(lines, line, needle);
  assert.ok(hasScope(scopes, prefix), `"${needle}" should have ${prefix}, got ${scopes.join(" ")}`);
}

function assertNoScope(lines: Token[][], line: number, needle: string, prefix: string): void {
  const scopes = scopesOf(lines, line, needle);
  assert.ok(!hasScope(scopes, prefix), `"${needle}" should not have ${prefix}, got ${scopes.join(" ")}`);
}

describe("news-article grammar", () => {
  it("scopes the first non-empty line as the headline, and only that line", () => {
    const lines = tokenize("\n\n  Storm floods the harbour town  \nBy Ada Quill\n\nStorm floods the harbour again.");
    assertScope(lines, 2, "Storm floods the harbour town", "markup.heading.1");
    assertNoScope(lines, 3, "Ada Quill", "markup.heading.1");
    assertNoScope(lines, 5, "Storm floods", "markup.heading");
  });

  it("scopes a headline on the very first line", () => {
    const lines = tokenize("Bridge closes after crack found\nText.");
    assertScope(lines, 0, "Bridge closes", "markup.heading.1");
    assertNoScope(lines, 1, "Text", "markup.heading");
  });

  it("scopes bylines with one or more authors", () => {
    const lines = tokenize("Headline\nBy Ada Quill and Bo O'Hare, Staff Reporters\nBY RENA UNGERN-STERNBERG");
    assertScope(lines, 1, "By", "keyword.other.byline");
    assertScope(lines, 1, "Ada Quill and Bo O'Hare", "entity.name.type.author");
    assertScope(lines, 2, "RENA UNGERN-STERNBERG", "entity.name.type.author");
  });

  it("scopes a dateline with its agency", () => {
    const lines = tokenize("Headline\n\nHARBOURTON, Velmark (Coast Wire) — Ships stayed in port.");
    assertScope(lines, 2, "HARBOURTON, Velmark", "entity.name.tag.dateline");
    assertScope(lines, 2, "(Coast Wire)", "entity.other.attribute-name.agency");
    assertNoScope(lines, 2, "Ships", "entity.name.tag");
  });

  it("scopes curly and straight quotations, including ones that span lines", () => {
    const text = [
      "Headline",
      "“We waited,” she said. “The water rose",
      "and rose.” Then it stopped.",
      'He said "no boats left',
      'the harbour" and left.',
    ].join("\n");
    const lines = tokenize(text);
    assertScope(lines, 1, "We waited,", "string.quoted.double");
    assertNoScope(lines, 1, "she said", "string.quoted");
    assertScope(lines, 1, "The water rose", "string.quoted.double");
    assertScope(lines, 2, "and rose.", "string.quoted.double");
    assertNoScope(lines, 2, "Then it stopped", "string.quoted");
    assertScope(lines, 3, "no boats left", "string.quoted.double");
    assertScope(lines, 4, "the harbour", "string.quoted.double");
    assertNoScope(lines, 4, "and left", "string.quoted");
  });

  it("ends a quotation left open at the end of its paragraph (run-on quote convention)", () => {
    const lines = tokenize("Headline\n“First paragraph of the quote.\n\nNarration resumes here.");
    assertScope(lines, 1, "First paragraph", "string.quoted.double");
    assertNoScope(lines, 3, "Narration resumes", "string.quoted");
  });

  it("does not open a quotation on an inch mark after a digit", () => {
    const lines = tokenize('Headline\nA 12" pipe burst. Crews came.');
    assertNoScope(lines, 1, "pipe burst", "string.quoted");
  });

  it("scopes figures with their qualifiers, currency, scale and percent", () => {
    const lines = tokenize(
      [
        "Headline",
        "More than 6,500 people fled and nearly 7,000 homes flooded.",
        "A $1-billion plan covers 80% of the coast and tens of thousands of homes.",
        "Officials said 2.5 million euros and 45 percent.",
      ].join("\n"),
    );
    assertScope(lines, 1, "More than", "keyword.operator.qualifier");
    assertScope(lines, 1, "6,500", "constant.numeric.figure");
    assertScope(lines, 1, "nearly", "keyword.operator.qualifier");
    assertScope(lines, 1, "7,000", "constant.numeric.figure");
    assertNoScope(lines, 1, "people fled", "constant.numeric");
    assertScope(lines, 2, "$1", "constant.numeric.figure");
    assertScope(lines, 2, "billion", "constant.numeric.scale");
    assertScope(lines, 2, "80", "constant.numeric.figure");
    assertScope(lines, 2, "%", "constant.numeric.unit");
    assertScope(lines, 2, "tens of thousands", "constant.numeric.words");
    assertScope(lines, 3, "2.5", "constant.numeric.figure");
    assertScope(lines, 3, "million", "constant.numeric.scale");
    assertScope(lines, 3, "percent", "constant.numeric.unit");
  });

  it("scopes figures inside quotations too", () => {
    const lines = tokenize("Headline\n“We found 41 people,” he said.");
    assertScope(lines, 1, "41", "constant.numeric.figure");
    assertScope(lines, 1, "41", "string.quoted.double");
  });

  it("does not treat digits inside words as figures", () => {
    const lines = tokenize("Headline\nThe A380 and the model T2 landed.");
    assertNoScope(lines, 1, "380", "constant.numeric");
    assertNoScope(lines, 1, "2", "constant.numeric");
  });

  it("scopes dates, weekdays and times", () => {
    const lines = tokenize("Headline\nOn Tuesday, March 4, 2031 at 4 p.m., and again on 5 March 2031 and 2031-03-06.");
    assertScope(lines, 1, "Tuesday", "constant.other.date");
    assertScope(lines, 1, "March 4, 2031", "constant.other.date");
    assertScope(lines, 1, "4 p.m.", "constant.other.time");
    assertScope(lines, 1, "5 March 2031", "constant.other.date");
    assertScope(lines, 1, "2031-03-06", "constant.other.date");
  });

  it("scopes subheads but not sentences", () => {
    const lines = tokenize("Headline\n\nQuestions over the crossing\n\nThe ferry sailed at noon.");
    assertScope(lines, 2, "Questions over the crossing", "markup.heading.2");
    assertNoScope(lines, 4, "The ferry sailed", "markup.heading");
  });

  it("scopes URLs without their trailing punctuation", () => {
    const lines = tokenize("Headline\nSee https://example.invalid/a/b?c=1, then www.example.invalid.");
    assertScope(lines, 1, "https://example.invalid/a/b?c=1", "markup.underline.link");
    assertNoScope(lines, 1, ", then", "markup.underline.link");
    assertScope(lines, 1, "www.example.invalid", "markup.underline.link");
  });

  it("scopes page furniture as a comment so themes dim it", () => {
    const text = [
      "Headline",
      "Advertisement",
      "Subscribe to The Harbour Gazette for more.",
      "Leave a Reply",
      "Original url: https://example.invalid/story",
      "Share this article",
      "Subscribers rallied outside the hall.",
    ].join("\n");
    const lines = tokenize(text);
    assertScope(lines, 1, "Advertisement", "comment.line.furniture");
    assertScope(lines, 2, "Subscribe to The Harbour Gazette", "comment.line.furniture");
    assertScope(lines, 3, "Leave a Reply", "comment.line.furniture");
    assertScope(lines, 4, "Original url", "comment.line.furniture");
    assertScope(lines, 4, "https://example.invalid/story", "markup.underline.link");
    assertScope(lines, 5, "Share this article", "comment.line.furniture");
    assertNoScope(lines, 6, "Subscribers rallied", "comment");
  });

  it("tokenizes odd input without throwing", () => {
    for (const text of ["", "\n\n\n", "“", '"', "\r\nHead\r\nBody", "Head\rBody", "😀 “emoji” 5 😀", "עיתון \"ציטוט\" 12%"]) {
      assert.doesNotThrow(() => tokenize(text));
    }
  });

  it("tokenizes every sample article, headline first", () => {
    const dir = path.join(root, "samples");
    const files = fs.readdirSync(dir).filter((f) => /\.(article|news)$/.test(f));
    assert.ok(files.length >= 4, "at least four samples");
    for (const file of files) {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const lines = tokenize(text);
      const first = text.split("\n")[0];
      assertScope(lines, 0, first.trim(), "markup.heading.1");
      const scopes = new Set(lines.flat().flatMap((t) => t.scopes));
      assert.ok([...scopes].some((s) => s.startsWith("string.quoted")), `${file} has a quotation`);
      assert.ok([...scopes].some((s) => s.startsWith("constant.numeric")), `${file} has a figure`);
    }
  });
});
