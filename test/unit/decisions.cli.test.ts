// The CLI honours crosscheck.json (found by walking up, or --config): bad files stop it with exit 2 and a
// clear message; `check` does not count ignored conflicts and lists them with --show-ignored; decisions
// show in `analyze`; `export` writes every format. Runs the built dist/cli.js (npm test builds first).
// The seeds tests work on a temporary copy of ../shared/seeds and choose what to decide from the analysis
// itself, so nothing about those articles is written down here.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { applyEdits } from "jsonc-parser";
import { distinctEdit, ignoreConflictEdit, mergeEntitiesEdit } from "../../server/src/decisions/edits";
import { codePointSlice } from "../../server/src/export/model";
import { nameKey, isPartOfName } from "../../server/src/decisions/names";

const cli = path.resolve(__dirname, "../../dist/cli.js");
const seeds = path.resolve(__dirname, "../../../shared/seeds");

function run(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-decisions-"));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const A = "Harbour strike enters third day\n\nBy Nell Ostrova\n\nDock workers in Port Vella stayed out on Monday, said union leader Tomas Brandt. The Harbour Board said 3,000 workers were on strike.\n";
const B = "Port Vella strike spreads\n\nBy Ilse Marrow\n\nUnion leader Tomas Brandt said about 2,500 workers had walked out in Port Vella, where the Harbour Board met.\n";

interface ReportEntity {
  id: string;
  kind: string;
  name: string;
  confirmed: boolean;
  mentions: { file: string; start: number; end: number; text: string }[];
}
interface Report {
  entities: ReportEntity[];
  conflicts: { id: string; quantity: string; ignored: boolean; severity: string; claims: { file: string; start: number; end: number; text: string }[] }[];
}

describe("the CLI and crosscheck.json", () => {
  it("finds crosscheck.json above the inputs and applies it; warnings go to stderr", () => {
    const dir = tempFolder({
      "crosscheck.json": `{ // desk decisions\n "entities": [{ "name": "Harbour Board", "kind": "organization", "aliases": [] }],\n "notEntities": [{ "text": "Port Vella" }],\n "colour": 1\n}`,
      "articles/a.article": A,
      "articles/b.article": B,
    });
    const r = run(["analyze", path.join(dir, "articles")]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /crosscheck\.json:4:2: warning: unknown key "colour"/);
    const report = JSON.parse(r.stdout) as Report;
    const board = report.entities.find((e) => e.name === "Harbour Board");
    assert.ok(board?.confirmed, "the marked name is a confirmed entity");
    assert.equal(board.kind, "organization");
    assert.equal(board.mentions.length, 2);
    assert.ok(report.entities.every((e) => e.mentions.every((m) => m.text !== "Port Vella")), "notEntities never appear");
  });

  it("--config overrides the file found by walking up", () => {
    const dir = tempFolder({
      "crosscheck.json": `{ "notEntities": [{ "text": "Harbour Board" }] }`,
      "alt.json": `{ "entities": [{ "name": "Harbour Board", "kind": "organization" }] }`,
      "a.article": A,
    });
    const found = JSON.parse(run(["analyze", dir]).stdout) as Report;
    assert.ok(!found.entities.some((e) => e.name === "Harbour Board"));
    const overridden = JSON.parse(run(["analyze", dir, "--config", path.join(dir, "alt.json")]).stdout) as Report;
    assert.ok(overridden.entities.some((e) => e.name === "Harbour Board" && e.confirmed));
  });

  it("an invalid crosscheck.json stops every command with exit 2, the place of the error, and the file untouched", () => {
    const broken = `{\n  "notEntities": [{ "text": "Harbour" }\n}\n`;
    const dir = tempFolder({ "crosscheck.json": broken, "a.article": A });
    for (const command of [["analyze", dir], ["check", dir], ["export", dir, "--format", "csv", "--out", path.join(dir, "out")]]) {
      const r = run(command);
      assert.equal(r.code, 2, command.join(" "));
      assert.match(r.stderr, /crosscheck\.json:3:1: error: syntax error: a comma is expected/);
      assert.equal(r.stderr.match(/syntax error/g)?.length, 1, "only the first syntax error: the others follow from it");
      assert.match(r.stderr, /crosscheck\.json is invalid; fix it \(or pass another with --config\)\n$/);
      assert.equal(r.stdout, "");
    }
    assert.equal(fs.readFileSync(path.join(dir, "crosscheck.json"), "utf8"), broken);
    assert.ok(!fs.existsSync(path.join(dir, "out")), "nothing exported");
    fs.writeFileSync(path.join(dir, "crosscheck.json"), `{ "entities": [{ "name": "X", "kind": "persn" }] }`);
    assert.match(run(["check", dir]).stderr, /crosscheck\.json:1:39: error: entities\[0\]\.kind must be one of/);
    fs.writeFileSync(path.join(dir, "crosscheck.json"), " ".repeat(1024 * 1024 + 1));
    assert.match(run(["check", dir]).stderr, /too large/);
    assert.match(run(["check", dir, "--config", path.join(dir, "missing.json")]).stderr, /--config file not found/);
  });

  it("export writes each format into --out; brat and JSONL spans are the articles' text", () => {
    const dir = tempFolder({ "crosscheck.json": `{ "entities": [{ "name": "Harbour Board", "kind": "organization" }] }`, "desk/a.article": A, "desk/b.article": B });
    for (const format of ["brat", "conll", "jsonl", "csv"]) {
      const r = run(["export", path.join(dir, "desk"), "--format", format, "--out", path.join(dir, `out-${format}`)]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, new RegExp(`2 articles exported as ${format}`));
    }
    assert.deepEqual(fs.readdirSync(path.join(dir, "out-brat")).sort(), ["a.ann", "a.txt", "annotation.conf", "b.ann", "b.txt"]);
    assert.match(fs.readFileSync(path.join(dir, "out-brat", "a.ann"), "utf8"), /\tOrganization \d+ \d+\tHarbour Board\n#\d+\tAnnotatorNotes T\d+\torganization:Harbour Board\n/);
    const lines = fs.readFileSync(path.join(dir, "out-jsonl", "corpus.jsonl"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    for (const line of lines) for (const m of line.mentions) assert.equal(codePointSlice(line.text, m.start, m.end), m.text);
    assert.match(fs.readFileSync(path.join(dir, "out-conll", "corpus.conll"), "utf8"), /^-DOCSTART- O\n\n/);
    assert.match(fs.readFileSync(path.join(dir, "out-csv", "entities.csv"), "utf8"), /^id,kind,name,confirmed,/);
    assert.equal(run(["export", dir, "--format", "xml", "--out", dir]).code, 2);
    assert.equal(run(["export", dir, "--format", "csv"]).code, 2);
  });
});

/** A copy of the seed articles in a temporary folder (the seeds themselves are never written to). */
function seedCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-seeds-"));
  for (const f of fs.readdirSync(seeds)) if (f.endsWith(".txt")) fs.copyFileSync(path.join(seeds, f), path.join(dir, f));
  return dir;
}

describe("crosscheck.json on a copy of the seeds", { skip: !fs.existsSync(seeds) && "no ../shared/seeds" }, () => {
  it("ignoring the arrests conflict makes check exit 0, and --show-ignored lists it", () => {
    const dir = seedCopy();
    const report = JSON.parse(run(["analyze", dir]).stdout) as Report;
    // The arrests conflict: the one whose quantity, or the text around its claims, is about arrests.
    const around = (c: Report["conflicts"][number]) =>
      c.claims.map((k) => fs.readFileSync(path.join(dir, path.basename(k.file)), "utf8").slice(Math.max(0, k.start - 80), k.end + 80)).join(" ");
    const arrests = report.conflicts.find((c) => /arrest|detain/i.test(c.quantity) || /arrest|detain/i.test(around(c)));
    assert.ok(arrests, `the analysis finds the arrests conflict (conflicts found: ${JSON.stringify(report.conflicts.map((c) => c.quantity))})`);
    const before = run(["check", dir]);
    const listed = (out: string) => out.split("\n").filter((l) => !l.startsWith(" ") && arrests.claims.some((c) => l.includes(c.text)));
    assert.equal(listed(before.stdout).length, arrests.claims.length, "one finding per claim before it is ignored");
    if (arrests.severity === "warning") assert.equal(before.code, 1, "a warning fails the check before it is ignored");

    const edit = ignoreConflictEdit("", { quantity: arrests.quantity, claims: arrests.claims.map((c) => c.text) });
    assert.ok(edit.ok);
    fs.writeFileSync(path.join(dir, "crosscheck.json"), edit.text);
    const after = run(["check", dir]);
    const remaining = after.stdout.split("\n").filter((l) => /: (warning|error) /.test(l));
    assert.equal(after.code, 0, `check exits 0 once the arrests conflict is ignored; still reported:\n${remaining.join("\n")}`);
    assert.deepEqual(listed(after.stdout), [], "not listed once ignored");
    assert.match(after.stderr, /1 ignored in crosscheck\.json; --show-ignored lists them/);
    const shown = run(["check", dir, "--show-ignored"]);
    assert.equal(shown.code, 0);
    assert.equal(listed(shown.stdout).length, arrests.claims.length, shown.stdout);
    assert.ok(listed(shown.stdout).every((l) => l.endsWith("(ignored)")), shown.stdout);
    const json = JSON.parse(run(["analyze", dir]).stdout) as Report;
    assert.equal(json.conflicts.find((c) => c.id === arrests.id)?.ignored, true);
  });

  it("distinct splits an entity the analysis joins; a merge joins it back, in `crosscheck analyze`", () => {
    const dir = seedCopy();
    const names = (e: ReportEntity) => [...new Set(e.mentions.map((m) => nameKey(m.text)))];
    const analyze = () => JSON.parse(run(["analyze", dir]).stdout) as Report;
    // The person the analysis joins under the most spellings, and a spelling of it that is not part of its name.
    const joined = analyze()
      .entities.filter((e) => e.kind === "person")
      .map((e) => ({ e, other: names(e).find((n) => n !== nameKey(e.name) && !isPartOfName(n, e.name) && !isPartOfName(e.name, n)) }))
      .filter((x) => x.other !== undefined)
      .sort((a, b) => names(b.e).length - names(a.e).length || b.e.mentions.length - a.e.mentions.length)[0];
    assert.ok(joined, "the analysis joins some person's different spellings (the linker links variants)");
    const { e: entity, other } = joined;
    const holds = (e: ReportEntity, n: string) => e.mentions.some((m) => nameKey(m.text) === n);

    let file = "{}";
    const write = (r: ReturnType<typeof distinctEdit>) => {
      assert.ok(r.ok, r.ok ? "" : r.reason);
      file = applyEdits(file, r.edits);
      fs.writeFileSync(path.join(dir, "crosscheck.json"), file);
    };
    write(distinctEdit(file, [entity.name, other!]));
    const split = analyze();
    const a = split.entities.find((e) => holds(e, nameKey(entity.name)));
    const b = split.entities.find((e) => holds(e, other!));
    assert.ok(a && b);
    assert.notEqual(a.id, b.id, `distinct keeps "${entity.name}" and "${other}" apart`);

    write(mergeEntitiesEdit(file, [a, b].map((e) => ({ name: e.name, kind: e.kind as "person", spellings: names(e) }))));
    const merged = analyze();
    const back = merged.entities.filter((e) => holds(e, nameKey(entity.name)) || holds(e, other!));
    assert.equal(back.length, 1, "the merge joins them back");
    assert.equal(back[0].confirmed, true);
    assert.ok(back[0].mentions.length >= entity.mentions.length, "no mention lost");
  });
});
