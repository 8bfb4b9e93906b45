/**
 * The language server's benchmark, over LSP exactly as an editor drives it: generates a workspace of
 * `--articles N` (default 2,000) articles with the shared corpus generator, starts `dist/server.js --stdio`,
 * and measures
 * - the time from `initialized` to the last `$/progress` report of the first index;
 * - p50/p95 latency of hover and references on mentions (and hover on arbitrary positions);
 * - the time from a `didChange` on one article (a figure changed) to its new diagnostics, minus the 200 ms
 *   debounce;
 * - the server's resident memory after indexing.
 * Ends with one `BENCH lsp_articles=… index_s=… hover_p95_ms=… refs_p95_ms=… edit_diagnostics_ms=… rss_mb=…` line.
 * Run: `npm run bench:lsp` (builds first). Targets: hover/refs p95 < 10 ms, edit < 100 ms, RSS < 300 MB.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { EntitiesResult } from "../../server/src/protocol";
import { LspClient, SERVER_JS, uriOf } from "../helpers/lspClient";
import { CorpusGenerator } from "./corpus";

const EDIT_DEBOUNCE_MS = 200;

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)]).toString().trim()) / 1024;
  }
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

/** Waits until the server is idle: no full re-link pending, and no diagnostics for a second (all published). */
async function quiet(client: LspClient): Promise<void> {
  await client.waitFor(() => client.statuses.at(-1)?.relinkPending !== true, "the full re-link", 60_000);
  let seen = -1;
  while (seen !== client.diagnosticEvents.length) {
    seen = client.diagnosticEvents.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : "NaN");

async function main(): Promise<void> {
  if (!fs.existsSync(SERVER_JS)) throw new Error("dist/server.js is missing: run `npm run build` first");
  const count = argument("articles", 2000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-bench-lsp-"));
  const generator = new CorpusGenerator(20260101);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = generator.article(i);
    texts.push(text);
    fs.writeFileSync(path.join(dir, `article-${String(i).padStart(5, "0")}.article`), text);
  }
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  console.log(`Workspace: ${count} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${dir}`);

  const started = performance.now();
  const client = await LspClient.start({ folders: [dir] });
  const initialized = performance.now();
  try {
    await client.waitForIndexed(600_000);
    const reports = client.progress.filter((p) => p.value.kind !== "begin");
    const lastProgress = reports.length ? reports[reports.length - 1].time : performance.now();
    const indexSeconds = (lastProgress - initialized) / 1000;
    console.log(`Index: ${fmt(indexSeconds)} s from initialized to the last progress report (${client.progress.length} progress messages; startup ${fmt(initialized - started)} ms)`);

    // Let the collector settle before reading memory, as a user would see it a moment after indexing.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rss = rssMb(client.process.pid!);
    const status = client.statuses.at(-1)!;
    console.log(`Index holds ${status.articles} articles, ${status.people} people, ${status.places} places, ${status.organizations} organizations, ${status.conflicts} conflicts; RSS ${fmt(rss)} MB`);

    // Positions of real mentions, from the tree-view request (one per entity and article).
    const [entitiesMs, { entities }] = await timed(() => client.request<EntitiesResult>("crosscheck/entities", {}));
    console.log(`crosscheck/entities: ${entities.length} entities in ${fmt(entitiesMs)} ms`);
    const targets = entities.flatMap((e) => e.articles.map((a) => ({ uri: a.uri, position: a.firstMention.start })));
    // Deterministic sample spread over the list.
    const pick = (n: number) => Array.from({ length: Math.min(n, targets.length) }, (_, i) => targets[Math.floor((i * targets.length) / Math.min(n, targets.length))]);

    const hover: number[] = [];
    for (const target of pick(1000)) hover.push((await timed(() => client.request("textDocument/hover", { textDocument: { uri: target.uri }, position: target.position })))[0]);
    const anywhere: number[] = [];
    for (let i = 0; i < 300; i++) {
      const uri = uriOf(path.join(dir, `article-${String((i * 7919) % count).padStart(5, "0")}.article`));
      anywhere.push((await timed(() => client.request("textDocument/hover", { textDocument: { uri }, position: { line: (i * 13) % 40, character: (i * 31) % 120 } })))[0]);
    }
    const refs: number[] = [];
    let refsReturned = 0;
    for (const target of pick(300)) {
      const [ms, result] = await timed(() =>
        client.request<unknown[]>("textDocument/references", { textDocument: { uri: target.uri }, position: target.position, context: { includeDeclaration: true } }),
      );
      refs.push(ms);
      refsReturned += result.length;
    }
    console.log(`Hover on mentions (${hover.length}): p50 ${fmt(percentile(hover, 50))} ms, p95 ${fmt(percentile(hover, 95))} ms`);
    console.log(`Hover anywhere (${anywhere.length}): p50 ${fmt(percentile(anywhere, 50))} ms, p95 ${fmt(percentile(anywhere, 95))} ms`);
    console.log(`References (${refs.length}, ${fmt(refsReturned / Math.max(1, refs.length))} locations each): p50 ${fmt(percentile(refs, 50))} ms, p95 ${fmt(percentile(refs, 95))} ms`);

    // Edits: open one article, change a figure, wait for the re-link that follows the debounce.
    const editTimes: number[] = [];
    const editUri = uriOf(path.join(dir, "article-00001.article"));
    let text = texts[1];
    await client.open(editUri, text);
    // Start from a quiet server: the first index's diagnostics have all been sent.
    await quiet(client);
    for (let round = 0; round < 5; round++) {
      const match = /\d+/.exec(text.slice(text.indexOf("said on")))!;
      const offset = text.indexOf("said on") + match.index;
      const before = text.slice(0, offset);
      const line = before.split(/\r\n|\r|\n/).length - 1;
      const character = offset - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) - 1;
      const replacement = String(Number(match[0]) + 1 + round * 1000);
      const diagnostics = client.diagnosticEvents.length;
      const sent = performance.now();
      await client.change(editUri, [{ range: { start: { line, character }, end: { line, character: character + match[0].length } }, text: replacement }]);
      text = before + replacement + text.slice(offset + match[0].length);
      // The edited article has conflicts, and its diagnostics are re-sent after every edit of it.
      const published = await client.waitFor(() => client.diagnosticEvents.slice(diagnostics).find((e) => e.uri === editUri), "the edited article's diagnostics", 30_000);
      const done = published.time;
      editTimes.push(done - sent - EDIT_DEBOUNCE_MS);
      await quiet(client);
    }
    const edit = percentile(editTimes, 50);
    // The server logs slow re-links with their split between the core's link and the publish.
    for (const log of client.logs.filter((l) => /^Re-analysed/.test(l.message)).slice(-5)) console.log(`  server: ${log.message}`);
    console.log(`Edit -> diagnostics after the ${EDIT_DEBOUNCE_MS} ms debounce: ${editTimes.map(fmt).join(", ")} ms (median ${fmt(edit)})`);

    const rssAfter = rssMb(client.process.pid!);
    console.log(`RSS after the requests and edits: ${fmt(rssAfter)} MB (the BENCH line reports memory after indexing)`);
    console.log(
      `BENCH lsp_articles=${count} index_s=${fmt(indexSeconds)} hover_p95_ms=${fmt(percentile(hover, 95))} refs_p95_ms=${fmt(percentile(refs, 95))} edit_diagnostics_ms=${fmt(edit)} rss_mb=${fmt(rss)}`,
    );
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
