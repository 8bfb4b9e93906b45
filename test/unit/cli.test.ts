// The CLI: input handling (skips with reasons), report shape, check formats and exit codes.
// Runs the built dist/cli.js (npm test builds first) on folders written here, and the formatters on a
// hand-made corpus so that the formats are checked whatever the analysis finds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { collectFindings, formatFindingsGithub, formatFindingsSarif, formatFindingsText } from "../../server/src/cli/checkOutput";
import { lineLocator } from "../../server/src/cli/positions";
import { decodeArticleBytes } from "../../server/src/articleFiles";
import { Claim, CorpusAnalysis } from "../../server/src/analysis/types";
import { parseArticle } from "../../server/src/analysis/structure";

const cli = path.resolve(__dirname, "../../dist/cli.js");

function run(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempFolder(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-cli-"));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const ARTICLE = "Harbour strike enters third day\n\nBy Nell Ostrova\n\nDock workers in Port Vella stayed out on Monday, said union leader Tomas Brandt.\n";

test("analyze skips empty, binary, non-UTF-8 and oversized files with one line each, and goes on", () => {
  const dir = tempFolder({
    "a.article": ARTICLE,
    "empty.article": "",
    "blob.news": new Uint8Array([0x50, 0x00, 0x01, 0x02]),
    "latin1.txt": new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    "big.txt": "word ".repeat(400),
    "notes.md": "not an article",
  });
  const r = run(["analyze", dir, "--max-size", "1000"]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.version, 1);
  assert.deepEqual(report.articles.map((a: { file: string }) => path.basename(a.file)), ["a.article"]);
  const skipped = r.stderr.trim().split("\n");
  assert.equal(skipped.length, 4, r.stderr);
  assert.match(r.stderr, /empty\.article: skipped: empty file/);
  assert.match(r.stderr, /blob\.news: skipped: binary file/);
  assert.match(r.stderr, /latin1\.txt: skipped: not UTF-8/);
  assert.match(r.stderr, /big\.txt: skipped: larger than/);
});

test("analyze --format text prints a readable table; usage errors exit 2", () => {
  const dir = tempFolder({ "a.article": ARTICLE });
  const text = run(["analyze", dir, "--format", "text"]);
  assert.equal(text.code, 0);
  assert.match(text.stdout, /^1 article\n/);
  assert.match(text.stdout, /Harbour strike enters third day/);
  assert.match(text.stdout, /People \(\d+\)/);
  assert.equal(run(["analyze", dir, "--format", "xml"]).code, 2);
  assert.equal(run(["frobnicate", dir]).code, 2);
  assert.equal(run(["analyze"]).code, 2);
  assert.equal(run(["--help"]).code, 0);
});

test("check exits 0 on articles with no conflict", () => {
  const dir = tempFolder({ "a.article": ARTICLE });
  const r = run(["check", dir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, "");
});

// A hand-made corpus: two articles disagreeing on one figure.
function corpusWithConflict(): CorpusAnalysis {
  const a = "Strike\n\nMore than 600 workers were arrested.\n";
  const b = "Strike\r\n\r\nPolice say 900 workers were arrested.\r\n";
  const claim = (file: string, text: string, fragment: string, value: number, low: number, high: number | null): Claim => {
    const start = text.indexOf(fragment);
    return { file, start, end: start + fragment.length, text: fragment, value, low, high, qualifier: null, unit: "count", quantity: "workers arrested", quantityKey: "arrested:workers" };
  };
  const ca = claim("a.article", a, "More than 600", 600, 600, null);
  const cb = claim("b.article", b, "900", 900, 900, 900);
  return {
    articles: [
      { article: { ...parseArticle("a.article", a), outlet: "Gazette" }, mentions: [], claims: [ca] },
      { article: { ...parseArticle("b.article", b), outlet: "Courier" }, mentions: [], claims: [cb] },
    ],
    entities: [],
    conflicts: [{ id: "c1", quantity: "workers arrested", quantityKey: "arrested:workers", severity: "information", message: "Sources differ on workers arrested: more than 600 (Gazette), 900 (Courier)", claims: [ca, cb] }],
  };
}

test("check text output names file:line:col, severity, rule and the other outlets' claims", () => {
  const findings = collectFindings(corpusWithConflict(), {}, (f) => f);
  assert.equal(findings.length, 2);
  const text = formatFindingsText(findings);
  assert.match(text, /^a\.article:3:1: information figure\.difference Sources differ on workers arrested/m);
  assert.match(text, /^ {4}b\.article:3:12: Courier: 900$/m);
  assert.match(text, /^b\.article:3:12: information figure\.difference/m);
  // a rule turned off produces no finding; a severity override applies
  assert.equal(collectFindings(corpusWithConflict(), { "figure.difference": "off" }, (f) => f).length, 0);
  assert.equal(collectFindings(corpusWithConflict(), { "figure.difference": "error" }, (f) => f)[0].severity, "error");
  assert.match(formatFindingsGithub(findings), /^::notice file=a\.article,line=3,col=1,title=figure\.difference::Sources differ/m);
});

test("SARIF output is 2.1.0 with rules, related locations and fingerprints", () => {
  const sarif = JSON.parse(formatFindingsSarif(collectFindings(corpusWithConflict(), {}, (f) => f), "0.0.0"));
  assert.equal(sarif.version, "2.1.0");
  const run0 = sarif.runs[0];
  assert.ok(run0.tool.driver.rules.some((r: { id: string }) => r.id === "figure.conflict"));
  const result = run0.results[0];
  assert.equal(result.ruleId, "figure.difference");
  assert.equal(result.level, "note");
  assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, "a.article");
  assert.equal(result.relatedLocations.length, 1);
  assert.equal(result.partialFingerprints.crosscheckConflict, "c1");
  assert.equal(run0.tool.driver.rules[result.ruleIndex].id, result.ruleId);
});

test("line locator counts CRLF and lone CR as one break each", () => {
  const at = lineLocator("a\r\nb\rc\nd");
  assert.deepEqual(at(0), { line: 1, column: 1 });
  assert.deepEqual(at(3), { line: 2, column: 1 });
  assert.deepEqual(at(5), { line: 3, column: 1 });
  assert.deepEqual(at(7), { line: 4, column: 1 });
});

test("decoding keeps a truncated file on a character boundary", () => {
  const bytes = new TextEncoder().encode("ab€cd"); // € is 3 bytes
  const r = decodeArticleBytes(bytes, { maxBytes: 4, truncate: true });
  assert.deepEqual(r, { ok: true, text: "ab", truncated: true });
  assert.deepEqual(decodeArticleBytes(new TextEncoder().encode("  \n "), {}), { ok: false, reason: "empty file" });
});

test("export refuses a folder where it would overwrite an article, and writes nothing", () => {
  const dir = tempFolder({ "strike.txt": ARTICLE });
  const r = run(["export", dir, "--format", "brat", "--out", dir]);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /would overwrite the article/);
  assert.equal(fs.readFileSync(path.join(dir, "strike.txt"), "utf8"), ARTICLE);
  assert.ok(!fs.existsSync(path.join(dir, "strike.ann")));
});
