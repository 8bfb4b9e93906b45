/**
 * Analysis throughput on one core (CPU time): Crosscheck's whole pipeline (structure, names, claims, linking,
 * conflicts) against compromise's named-entity pass over the same generated corpus, in the same run.
 * Prints figures and ends with one `BENCH analysis_mb_s=… compromise_mb_s=… ratio=…` line.
 *
 *   node --import tsx test/bench/analysis.ts [--mb 5]
 */
import nlp from "compromise";
import { analyzeArticle, linkCorpus } from "../../server/src/analysis/analyze";
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

// Warm up the JIT on a slice so that the measured run is the steady state a long-running server sees.
for (const a of articles.slice(0, 50)) analyzeArticle({ file: a.name, text: a.text });

const perArticle = time(() => articles.map((a) => analyzeArticle({ file: a.name, text: a.text })));
const linked = time(() => linkCorpus(perArticle.result));
const crosscheckMs = perArticle.ms + linked.ms;
const crosscheckMbS = mb / (crosscheckMs / 1000);
const corpus = linked.result;
const mentions = corpus.entities.reduce((n, e) => n + e.mentions.length, 0);
const claims = corpus.articles.reduce((n, a) => n + a.claims.length, 0);
console.log(`crosscheck: ${crosscheckMs.toFixed(0)} ms CPU, ${(perArticle.wallMs + linked.wallMs).toFixed(0)} ms wall (per-article ${perArticle.ms.toFixed(0)} ms, linking + conflicts ${linked.ms.toFixed(0)} ms)`);
console.log(`  ${corpus.entities.length} entities, ${mentions} mentions, ${claims} claims, ${corpus.conflicts.length} conflicts`);
console.log(`  throughput ${crosscheckMbS.toFixed(2)} MB/s`);

// compromise is slow: measure it on a sample of the same corpus (at least 0.5 MB) and report MB/s.
const sample: typeof articles = [];
let sampleBytes = 0;
for (const a of articles) {
  if (sampleBytes >= 0.5 * 1024 * 1024) break;
  sample.push(a);
  sampleBytes += Buffer.byteLength(a.text, "utf8");
}
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
console.log(`BENCH analysis_mb_s=${crosscheckMbS.toFixed(2)} compromise_mb_s=${compromiseMbS.toFixed(3)} ratio=${ratio.toFixed(1)}`);
