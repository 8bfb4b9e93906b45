#!/usr/bin/env node
// `npm run eval`: analyses the seed articles and every dev cluster with the built CLI, scores each report
// with ../shared/eval/score.mjs, prints one table and the totals, and exits 1 when a target is missed.
// It reads ../shared/ at run time only; the product never needs it.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const cli = join(root, "dist", "cli.js");
const scorer = join(shared, "eval", "score.mjs");

/** Targets from the analysis issue (seeds) and the quality issue (dev clusters). */
const TARGETS = {
  seeds: { person: 97, place: 93, link: 98 },
  dev: { person: 93, place: 90, link: 97 },
};

if (!existsSync(cli)) fail(`${cli} is missing: run "npm run build" first`);
if (!existsSync(scorer)) fail(`${scorer} is missing: the shared evaluation folder must sit beside the project`);

const corpora = [{ name: "seeds", dir: join(shared, "seeds"), targets: TARGETS.seeds }];
const devDir = join(shared, "dev");
if (existsSync(devDir))
  for (const entry of readdirSync(devDir, { withFileTypes: true }))
    if (entry.isDirectory() && existsSync(join(devDir, entry.name, "gold.json")))
      corpora.push({ name: `dev/${entry.name}`, dir: join(devDir, entry.name), targets: TARGETS.dev });

// Articles the team wrote and annotated itself (test/fixtures/heldout*): a check on text the rules were not
// written from. Reported, not held to a target (they are small, and ours). Once a set has been used to fix
// the analysis it stops being a fair check; docs/quality.md says which sets were.
const fixtures = join(root, "test", "fixtures");
for (const entry of existsSync(fixtures) ? readdirSync(fixtures, { withFileTypes: true }) : [])
  if (entry.isDirectory() && entry.name.startsWith("heldout") && existsSync(join(fixtures, entry.name, "gold.json")))
    corpora.push({ name: `${entry.name} (ours)`, dir: join(fixtures, entry.name), targets: null });

export function scoreCorpus(dir) {
  const report = execFileSync(process.execPath, [cli, "analyze", dir, "--format", "json"], { maxBuffer: 256 << 20 });
  const json = execFileSync(process.execPath, [scorer, "-", join(dir, "gold.json"), dir, "--json"], { input: report, maxBuffer: 64 << 20 });
  const text = execFileSync(process.execPath, [scorer, "-", join(dir, "gold.json"), dir], { input: report, maxBuffer: 64 << 20 }).toString();
  return { result: JSON.parse(json.toString()), text };
}

const pct = (x) => (100 * x).toFixed(1);
const rows = [];
const misses = [];
for (const corpus of corpora) {
  const { result: r, text } = scoreCorpus(corpus.dir);
  const link = r.linking.person;
  const c = r.conflicts;
  const row = {
    corpus: corpus.name,
    personP: pct(r.person.precision),
    personR: pct(r.person.recall),
    personF1: pct(r.person.f1),
    placeF1: pct(r.place.f1),
    linkF1: pct(link.f1),
    merges: link.merges.length,
    conflicts: `${c.found}/${c.gold}`,
    falseAlarms: c.falseAlarms.length,
    offsetErrors: r.offsetErrors,
  };
  rows.push(row);
  const t = corpus.targets;
  if (!t) continue;
  const why = [];
  if (100 * r.person.f1 < t.person) why.push(`person F1 ${row.personF1} < ${t.person}`);
  if (100 * r.place.f1 < t.place) why.push(`place F1 ${row.placeF1} < ${t.place}`);
  if (100 * link.f1 < t.link) why.push(`person linking B3 F1 ${row.linkF1} < ${t.link}`);
  if (link.merges.length) why.push(`wrong merges: ${link.merges.join("; ")}`);
  if (c.found < c.gold) why.push(`conflicts missed: ${c.missed.join("; ")}`);
  if (c.falseAlarms.length) why.push(`false alarms: ${c.falseAlarms.join("; ")}`);
  if (r.offsetErrors) why.push(`${r.offsetErrors} offset errors`);
  if (why.length) misses.push({ corpus: corpus.name, why, text });
}

const columns = [
  ["corpus", "corpus"],
  ["personP", "person P"],
  ["personR", "person R"],
  ["personF1", "person F1"],
  ["placeF1", "place F1"],
  ["linkF1", "link B3 F1"],
  ["merges", "merges"],
  ["conflicts", "conflicts"],
  ["falseAlarms", "false alarms"],
  ["offsetErrors", "offset err"],
];
const widths = columns.map(([key, title]) => Math.max(title.length, ...rows.map((r) => String(r[key]).length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
console.log(line(columns.map(([, title]) => title)));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(columns.map(([key]) => r[key])));
// Totals over the corpora held to targets (the seeds and the dev set).
const judged = rows.filter((r) => corpora.find((c) => c.name === r.corpus).targets);
const mean = (key) => (judged.reduce((s, r) => s + Number(r[key]), 0) / judged.length).toFixed(1);
const sum = (key) => judged.reduce((s, r) => s + Number(r[key]), 0);
const conflictTotals = judged.reduce((acc, r) => acc.map((n, i) => n + Number(r.conflicts.split("/")[i])), [0, 0]);
console.log(
  line(["mean/total (targets)", mean("personP"), mean("personR"), mean("personF1"), mean("placeF1"), mean("linkF1"), sum("merges"), conflictTotals.join("/"), sum("falseAlarms"), sum("offsetErrors")]),
);

if (misses.length) {
  console.log(`\n${misses.length} of ${judged.length} corpora miss a target:`);
  for (const m of misses) {
    console.log(`\n## ${m.corpus}: ${m.why.join("; ")}`);
    console.log(m.text.trimEnd());
  }
  process.exitCode = 1;
} else {
  console.log(`\nAll ${judged.length} corpora meet their targets.`);
}

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(2);
}
