// Entity quality on real coverage: the seed articles and every dev cluster in ../shared, scored by the
// shared scorer (../shared/eval/score.mjs). Asserts the people, places, linking and offset targets of the
// analysis issue (seeds) and the quality issue (dev clusters); a failure prints the scorer's own lines on
// what was missed, spurious, split or merged. The articles are read at test time, never copied here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { analyzeCorpus } from "../../server/src/analysis/analyze";

const repoRoot = path.resolve(__dirname, "../..");
const shared = path.resolve(repoRoot, "..", "shared");
const scorer = path.join(shared, "eval", "score.mjs");

interface Targets {
  person: number;
  place: number;
  link: number;
}
const SEEDS: Targets = { person: 97, place: 93, link: 98 };
const DEV: Targets = { person: 93, place: 90, link: 97 };

function corpora(): { name: string; dir: string; targets: Targets }[] {
  const list = [{ name: "seeds", dir: path.join(shared, "seeds"), targets: SEEDS }];
  const dev = path.join(shared, "dev");
  if (fs.existsSync(dev))
    for (const entry of fs.readdirSync(dev, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)))
      if (entry.isDirectory() && fs.existsSync(path.join(dev, entry.name, "gold.json"))) list.push({ name: `dev/${entry.name}`, dir: path.join(dev, entry.name), targets: DEV });
  return list;
}

/** The report of ../shared/eval/README.md for one folder of articles. */
function report(dir: string): string {
  const sources = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ file: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), "utf8") }));
  const corpus = analyzeCorpus(sources);
  return JSON.stringify({
    version: 1,
    articles: corpus.articles.map(({ article }) => ({ file: article.file, headline: article.headline?.text ?? null, outlet: article.outlet, date: article.date, authors: article.authors })),
    entities: corpus.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, mentions: e.mentions.map((m) => ({ file: m.file, start: m.start, end: m.end, text: m.text })) })),
    conflicts: corpus.conflicts.map((c) => ({ quantity: c.quantity, severity: c.severity, message: c.message, claims: c.claims })),
  });
}

function score(dir: string, json: string, asJson: boolean): string {
  const args = [scorer, "-", path.join(dir, "gold.json"), dir, ...(asJson ? ["--json"] : [])];
  const r = spawnSync(process.execPath, args, { input: json, encoding: "utf8", maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `scorer failed: ${r.stderr}`);
  return r.stdout;
}

const available = fs.existsSync(scorer);

for (const corpus of available ? corpora() : []) {
  test(`entity quality on ${corpus.name}`, () => {
    const json = report(corpus.dir);
    const result = JSON.parse(score(corpus.dir, json, true));
    const lines = score(corpus.dir, json, false);
    const pct = (x: number) => 100 * x;
    const misses: string[] = [];
    const t = corpus.targets;
    if (pct(result.person.f1) < t.person) misses.push(`person F1 ${pct(result.person.f1).toFixed(1)} < ${t.person}`);
    if (pct(result.place.f1) < t.place) misses.push(`place F1 ${pct(result.place.f1).toFixed(1)} < ${t.place}`);
    if (pct(result.linking.person.f1) < t.link) misses.push(`person link B3 F1 ${pct(result.linking.person.f1).toFixed(1)} < ${t.link}`);
    if (result.linking.person.merges.length) misses.push(`wrong merges: ${result.linking.person.merges.join("; ")}`);
    if (result.offsetErrors) misses.push(`${result.offsetErrors} offset errors`);
    assert.deepEqual(misses, [], `${corpus.name}: ${misses.join(", ")}\n${lines}`);
  });
}

test("the shared evaluation folder is present", { skip: available ? false : `${scorer} not found` }, () => {
  assert.ok(available);
});
