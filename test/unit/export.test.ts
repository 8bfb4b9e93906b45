// `crosscheck export`: brat standoff, CoNLL BIO columns, JSONL and CSV. Every exported span must be the
// article's text at the offsets in the unit the format uses (code points for brat and JSONL), whatever the
// text holds: emoji, combining marks, right-to-left script, CRLF and lone CR line ends.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { exportCorpus } from "../../server/src/export/index";
import { codePointSlice, offsetMapper, outputNames } from "../../server/src/export/model";
import { tagArticle } from "../../server/src/export/conll";
import { analyzeCorpus } from "../../server/src/analysis/analyze";
import { parseArticle } from "../../server/src/analysis/structure";
import { ArticleAnalysis, Claim, CorpusAnalysis, Entity, EntityKind, Mention } from "../../server/src/analysis/types";

const TEXTS: Record<string, string> = {
  "desk/a.article": "🙂 Harbour strike in Port Vella\r\n\r\nTomas Brandt said 3,000 workers struck. Zoë Åström agreed.\r\n",
  "desk/b.news": "Strike spreads\rשלום from Port\rVella, said Brandt, \"quoted\", about 2,500.\r",
};

function find(file: string, name: string, nth = 0): { start: number; end: number } {
  const text = TEXTS[file];
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(name, at + 1);
  assert.ok(at >= 0, name);
  return { start: at, end: at + name.length };
}

function mention(file: string, name: string, kind: EntityKind, nth = 0): Mention {
  const { start, end } = find(file, name, nth);
  return { file, start, end, text: TEXTS[file].slice(start, end), kind, name: name.replace(/\s+/g, " "), form: "full" };
}

function claim(file: string, text: string, value: number): Claim {
  const { start, end } = find(file, text);
  return { file, start, end, text, value, low: value, high: value, qualifier: null, unit: "count", quantity: "workers on strike", quantityKey: "count:workers" };
}

function corpus(): CorpusAnalysis {
  const articles: ArticleAnalysis[] = Object.entries(TEXTS).map(([file, text]) => ({
    article: { ...parseArticle(file, text), outlet: file.endsWith(".news") ? "Vella Wire, \"Daily\"" : null },
    mentions: [],
    claims: file.endsWith(".news") ? [claim(file, "2,500", 2500)] : [claim(file, "3,000", 3000)],
  }));
  const entity = (id: string, kind: EntityKind, name: string, mentions: Mention[], confirmed?: boolean): Entity => ({ id, kind, name, mentions, spellings: {}, descriptions: [], ages: [], confirmed });
  return {
    articles,
    entities: [
      entity("person:Tomas Brandt", "person", "Tomas Brandt", [mention("desk/a.article", "Tomas Brandt", "person"), mention("desk/b.news", "Brandt", "person")], true),
      entity("person:Zoë Åström", "person", "Zoë Åström", [mention("desk/a.article", "Zoë Åström", "person")]),
      // A name cut by a line break (a lone CR here): brat needs fragments.
      entity("place:Port Vella", "place", "Port Vella", [mention("desk/a.article", "Port Vella", "place"), mention("desk/b.news", "Port\rVella", "place")]),
      entity("organization:Harbour", "organization", "Harbour", [mention("desk/a.article", "Harbour", "organization")]),
    ],
    conflicts: [],
  };
}

const byPath = (files: { path: string; content: string }[]) => new Map(files.map((f) => [f.path, f.content]));

describe("offsets", () => {
  it("maps UTF-16 offsets to code points, with and without newline normalization", () => {
    const text = "🙂a\r\nb\rc";
    const plain = offsetMapper(text);
    assert.equal(plain.map(2), 1, "after the emoji's surrogate pair");
    assert.equal(plain.map(text.length), 7);
    const normalized = offsetMapper(text, { normalizeNewlines: true });
    assert.equal(normalized.text, "🙂a\nb\nc");
    assert.equal(normalized.map(5), 3, "b after a CRLF that became one \\n");
    assert.equal(codePointSlice(normalized.text, normalized.map(7), normalized.map(8)), "c");
  });

  it("gives unique output names relative to the common folder", () => {
    assert.deepEqual(outputNames(["/x/desk/a.article", "/x/desk/a.news", "/x/other/b.txt"]), ["desk/a", "desk/a-2", "other/b"]);
    assert.deepEqual(outputNames(["/x/desk/a.article"]), ["a"]);
  });
});

describe("brat standoff", () => {
  const files = byPath(exportCorpus(corpus(), "brat"));

  it("writes a .txt copy and an .ann per article, and annotation.conf", () => {
    assert.deepEqual([...files.keys()].sort(), ["a.ann", "a.txt", "annotation.conf", "b.ann", "b.txt"]);
    assert.match(files.get("annotation.conf")!, /\[entities\]\nPerson\nPlace\nOrganization\n/);
    assert.ok(!files.get("b.txt")!.includes("\r"), "line ends normalized to \\n");
  });

  it("every T line's fragments are its text, counted in code points; AnnotatorNotes carry the entity id", () => {
    for (const name of ["a", "b"]) {
      const chars = Array.from(files.get(`${name}.txt`)!);
      const lines = files.get(`${name}.ann`)!.trimEnd().split("\n");
      const notes = new Map<string, string>();
      for (const line of lines.filter((l) => l.startsWith("#"))) {
        const [, ref, id] = /^#\d+\tAnnotatorNotes (T\d+)\t(.+)$/.exec(line)!;
        notes.set(ref, id);
      }
      const tLines = lines.filter((l) => l.startsWith("T"));
      assert.ok(tLines.length >= 2);
      for (const line of tLines) {
        const [, id, type, spans, text] = /^(T\d+)\t(Person|Place|Organization) ([\d ;]+)\t(.*)$/.exec(line)!;
        const fragments = spans.split(";").map((s) => s.split(" ").map(Number));
        assert.equal(fragments.map(([s, e]) => chars.slice(s, e).join("")).join(" "), text, line);
        assert.ok(notes.get(id)?.match(/^(person|place|organization):/), `notes for ${id}`);
        assert.ok(type);
      }
    }
    assert.match(files.get("a.ann")!, /^T1\tOrganization 2 9\tHarbour$/m, "after the emoji, in code points");
    assert.match(files.get("b.ann")!, /\tPlace \d+ \d+;\d+ \d+\tPort Vella$/m, "a name across a line break is two fragments");
  });
});

describe("JSONL", () => {
  it("one self-contained article per line; every mention's and claim's code point span is its text", () => {
    const [file] = exportCorpus(corpus(), "jsonl");
    const lines = file.content.trimEnd().split("\n").map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    for (const line of lines) {
      assert.equal(line.offsetUnit, "codepoint");
      assert.equal(line.text, TEXTS[line.file]);
      for (const span of [...line.mentions, ...line.claims]) assert.equal(codePointSlice(line.text, span.start, span.end), span.text);
      for (const m of line.mentions) assert.match(m.entity, /^(person|place|organization):/);
    }
    assert.deepEqual(lines[0].mentions.map((m: { text: string; kind: string }) => [m.text, m.kind]), [
      ["Harbour", "organization"],
      ["Port Vella", "place"],
      ["Tomas Brandt", "person"],
      ["Zoë Åström", "person"],
    ]);
    assert.equal(lines[0].claims[0].value, 3000);
  });
});

describe("CoNLL", () => {
  it("BIO tags per token, -DOCSTART- before each article, blank lines between sentences", () => {
    const [file] = exportCorpus(corpus(), "conll");
    const docs = file.content.split("-DOCSTART- O\n");
    assert.equal(docs.length, 3);
    assert.match(file.content, /^-DOCSTART- O\n\n🙂 O\nHarbour B-ORG\nstrike O\nin O\nPort B-LOC\nVella I-LOC\n\nTomas B-PER\nBrandt I-PER\n/);
    assert.match(file.content, /Zoë B-PER\nÅström I-PER\nagreed O\n\. O\n\n/);
    for (const line of file.content.split("\n")) if (line) assert.match(line, /^\S+ (O|[BI]-(PER|LOC|ORG))$/, line);
  });

  it("cuts tokens at mention boundaries and keeps only the first of overlapping mentions", () => {
    const text = "Brandt's union met Port Vella officials.";
    const sentences = tagArticle(text, [
      { start: 0, end: 6, text: "Brandt", kind: "person", entityId: "p" },
      { start: 19, end: 29, text: "Port Vella", kind: "place", entityId: "l" },
      { start: 24, end: 29, text: "Vella", kind: "place", entityId: "v" },
    ]);
    assert.deepEqual(sentences, [[["Brandt", "B-PER"], ["'", "O"], ["s", "O"], ["union", "O"], ["met", "O"], ["Port", "B-LOC"], ["Vella", "I-LOC"], ["officials", "O"], [".", "O"]]]);
  });
});

describe("CSV", () => {
  it("one row per entity with spellings, mentions per outlet and confirmed, quoted as RFC 4180 says", () => {
    const [file] = exportCorpus(corpus(), "csv");
    const rows = file.content.split("\r\n");
    assert.equal(rows[0], `id,kind,name,confirmed,spellings,mentions,articles,mentions: a.article,"mentions: Vella Wire, ""Daily"""`);
    assert.equal(rows[1], "person:Tomas Brandt,person,Tomas Brandt,yes,Tomas Brandt; Brandt,2,2,1,1");
    assert.equal(rows[3], "place:Port Vella,place,Port Vella,no,Port Vella,2,2,1,1");
    assert.equal(rows.at(-1), "");
  });
});

describe("exports of the real analysis", () => {
  it("are the same for the same input, and every brat and JSONL span is the article's text", () => {
    const samples = path.resolve(__dirname, "../../samples");
    const sources = fs.readdirSync(samples).filter((f) => /\.(article|news)$/.test(f)).sort().map((f) => ({ file: path.join(samples, f), text: fs.readFileSync(path.join(samples, f), "utf8") }));
    const one = analyzeCorpus(sources);
    const two = analyzeCorpus(sources);
    for (const format of ["brat", "conll", "jsonl", "csv"] as const) assert.deepEqual(exportCorpus(one, format), exportCorpus(two, format), format);
    const jsonl = exportCorpus(one, "jsonl")[0].content.trimEnd().split("\n").map((l) => JSON.parse(l));
    for (const line of jsonl) for (const span of [...line.mentions, ...line.claims]) assert.equal(codePointSlice(line.text, span.start, span.end), span.text);
    const brat = byPath(exportCorpus(one, "brat"));
    for (const [name, ann] of brat) {
      if (!name.endsWith(".ann")) continue;
      const chars = Array.from(brat.get(name.replace(/\.ann$/, ".txt"))!);
      for (const line of ann.split("\n").filter((l) => l.startsWith("T"))) {
        const [, spans, text] = /^T\d+\t\w+ ([\d ;]+)\t(.*)$/.exec(line)!;
        assert.equal(spans.split(";").map((s) => s.split(" ").map(Number)).map(([s, e]) => chars.slice(s, e).join("")).join(" "), text);
      }
    }
  });
});
