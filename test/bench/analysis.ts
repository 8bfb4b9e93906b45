/**
 * Analysis throughput on one core (CPU time): Crosscheck's whole pipeline (structure, names, claims, linking,
 * conflicts) against compromise's named-entity pass over the same generated corpus, in the same run.
 * Prints figures and ends with one `BENCH analysis_mb_s=… compromise_mb_s=… ratio=…` line.
 *
 *   node --import tsx test/bench/analysis.ts [--mb 5]
 */
import nlp from "compromise";
import { analyzeArticles, linkCorpus } from "../../server/src/analysis/analyze";
import { parseArticle } from "../../server/src/analysis/structure";
import { findMentions } from "../../server/src/analysis/mentions";
import { extractClaims } from "../../server/src/analysis/claims";
import { linkEntities } from "../../server/src/analysis/linking";
import { findConflicts } from "../../server/src/analysis/conflicts";
import { noDecisions } from "../../server/src/analysis/types";
import { CorpusGenerator } from "./corpus";

const mbArg = process.argv.indexOf("--mb");
const targetMb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 5;

const articles = new CorpusGenerator().articles(targetMb * 1024 * 1024);
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, "utf8"), 0);
const mb = bytes / (1024 * 1024);
console.log(`corpus: ${articles.length} generated articles, ${mb.toFixed(2)} MB`);

/**
 * CPU time (user + system) of the process, not wall time: the analysis is single-threaded, and CPU time
 * stays meaningful on a busy machine where other work steals the core. It includes the GC's helper
 * threads, so it is, if anything, pessimistic. Wall time is printed beside it.
 */
function time<T>(run: () => T): { ms: number; wallMs: number; result: T } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { ms: (used.user + used.system) / 1000, wallMs: Number(process.hrtime.bigint() - start) / 1e6, result };
}

// The pipeline as the CLI and the language server's indexing run it: the per-article stages over a batch,
// stage by stage (analyzeArticles), then linking and conflicts over the corpus.
const analyzeAll = () => {
  const perArticle = time(() => analyzeArticles(articles.map((a) => ({ file: a.name, text: a.text }))));
  const linked = time(() => linkCorpus(perArticle.result));
  return { ms: perArticle.ms + linked.ms, wallMs: perArticle.wallMs + linked.wallMs, perArticleMs: perArticle.ms, linkMs: linked.ms, corpus: linked.result };
};

// First run, cold: what a one-off CLI run on this corpus costs, JIT compilation included.
// Only the time is kept, so that the next pass does not pay for collecting a heap that still holds this one.
const coldMs = analyzeAll().ms;
console.log(`crosscheck, first run (cold JIT): ${coldMs.toFixed(0)} ms CPU, ${(mb / (coldMs / 1000)).toFixed(2)} MB/s`);

// Steady state, what a long-running language server sees: the same corpus again, now that the code is
// compiled. This is the figure the target and the BENCH line use: the median of three runs, since one run on a
// shared machine can take half as long again as the next.
const WARM_RUNS = 3;
const warmRuns: ReturnType<typeof analyzeAll>[] = [];
for (let r = 0; r < WARM_RUNS; r++) {
  const run = analyzeAll();
  if (r < WARM_RUNS - 1) (run as { corpus?: unknown }).corpus = undefined; // keep only the last corpus alive
  warmRuns.push(run);
}
const warm = [...warmRuns].sort((a, b) => a.ms - b.ms)[WARM_RUNS >> 1];
const last = warmRuns[WARM_RUNS - 1];
console.log(`  steady-state runs (ms CPU): ${warmRuns.map((r) => r.ms.toFixed(0)).join(", ")}`);
const crosscheckMs = warm.ms;
const crosscheckMbS = mb / (crosscheckMs / 1000);
const mentions = last.corpus.entities.reduce((n, e) => n + e.mentions.length, 0);
const claims = last.corpus.articles.reduce((n, a) => n + a.claims.length, 0);
const counts = { entities: last.corpus.entities.length, conflicts: last.corpus.conflicts.length };
const articleMentions = last.corpus.articles.reduce((n, a) => n + a.mentions.length, 0);
(last as { corpus?: unknown }).corpus = undefined; // let the stage pass below start from an empty heap too
console.log(`crosscheck, steady state: ${crosscheckMs.toFixed(0)} ms CPU, ${warm.wallMs.toFixed(0)} ms wall (per-article ${warm.perArticleMs.toFixed(0)} ms, linking + conflicts ${warm.linkMs.toFixed(0)} ms)`);
const kb = bytes / 1024;
console.log(`  ${counts.entities} entities, ${mentions} mentions, ${claims} claims, ${counts.conflicts} conflicts`);
// The corpus's density, to compare with real coverage (seed and dev articles: 13.6 mentions, 3.4 claims per KB).
console.log(`  per KB: ${(articleMentions / kb).toFixed(1)} name mentions, ${(claims / kb).toFixed(1)} claims`);
console.log(`  throughput ${crosscheckMbS.toFixed(2)} MB/s`);

// Stage by stage (the same functions, in the same order, as analyzeArticles and linkCorpus), for the figures'
// share: the numeric claims and their grouping may add at most a quarter to the rest of the analysis.
// One pass is at the mercy of where the collector happens to run (a stage of 30 ms can double), so the pass
// runs STAGE_PASSES times and each stage's median counts.
const STAGE_PASSES = 5;
type Stages = { structure: number; names: number; claims: number; linking: number; conflicts: number };
function stagePass(): Stages {
  const parsed = time(() => articles.map((a) => parseArticle(a.name, a.text)));
  const found = time(() => parsed.result.map((article) => findMentions(article, noDecisions)));
  const extracted = time(() => parsed.result.map((article, i) => extractClaims(article, found.result[i])));
  const analyses = parsed.result.map((article, i) => ({ article, mentions: found.result[i], claims: extracted.result[i] }));
  const linkedEntities = time(() => linkEntities(analyses, noDecisions));
  const grouped = time(() => findConflicts(analyses, linkedEntities.result, noDecisions));
  return { structure: parsed.ms, names: found.ms, claims: extracted.ms, linking: linkedEntities.ms, conflicts: grouped.ms };
}
const figuresShareOf = (s: Stages): number => (s.claims + s.conflicts) / (s.structure + s.names + s.linking);
const passes: Stages[] = [];
for (let p = 0; p < STAGE_PASSES; p++) passes.push(stagePass());
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const stage = Object.fromEntries((Object.keys(passes[0]) as (keyof Stages)[]).map((k) => [k, median(passes.map((p) => p[k]))])) as Stages;
const figuresShare = figuresShareOf(stage);
console.log(`  figures' share in each of ${STAGE_PASSES} stage passes: ${passes.map((p) => `${(100 * figuresShareOf(p)).toFixed(0)}%`).join(", ")}`);
console.log(
  `  stages (median ms CPU): structure ${stage.structure.toFixed(0)}, names ${stage.names.toFixed(0)}, linking ${stage.linking.toFixed(0)}, ` +
    `claims ${stage.claims.toFixed(0)}, conflicts ${stage.conflicts.toFixed(0)}: figures add ${(100 * figuresShare).toFixed(0)}% (target <= 25%)`,
);

// compromise is slow: measure it on a sample of the same corpus (at least 0.5 MB) and report MB/s.
const sample: typeof articles = [];
let sampleBytes = 0;
for (const a of articles) {
  if (sampleBytes >= 0.5 * 1024 * 1024) break;
  sample.push(a);
  sampleBytes += Buffer.byteLength(a.text, "utf8");
}
for (const a of sample.slice(0, 5)) nlp(a.text).people(); // the same courtesy: a warm start
const compromiseRun = time(() => {
  let found = 0;
  for (const a of sample) {
    const doc = nlp(a.text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  return found;
});
const compromiseMbS = sampleBytes / (1024 * 1024) / (compromiseRun.ms / 1000);
console.log(`compromise: ${compromiseRun.ms.toFixed(0)} ms CPU, ${compromiseRun.wallMs.toFixed(0)} ms wall on ${(sampleBytes / (1024 * 1024)).toFixed(2)} MB sample, ${compromiseRun.result} typed entities`);
console.log(`  throughput ${compromiseMbS.toFixed(3)} MB/s`);
const ratio = crosscheckMbS / compromiseMbS;
console.log(`ratio: ${ratio.toFixed(1)}x (targets: >= 5 MB/s and >= 20x compromise)`);
console.log(`BENCH analysis_mb_s=${crosscheckMbS.toFixed(2)} compromise_mb_s=${compromiseMbS.toFixed(3)} ratio=${ratio.toFixed(1)} figures_share_pct=${(100 * figuresShare).toFixed(0)}`);
