/**
 * The command-line entry: the same analysis as the language server, without an editor, for scripts and CI.
 *
 *   crosscheck analyze <files or folders…> [--format json|text] [--max-size BYTES]
 *   crosscheck check   <files or folders…> [--format text|json|sarif|github] [--show-ignored] [--max-size BYTES]
 *   crosscheck export  <files or folders…> --format brat|conll|jsonl|csv --out DIR
 *
 * Every command applies the user's decisions: `--config FILE`, or the nearest crosscheck.json above the
 * first input (or the current folder). An invalid crosscheck.json is a usage error (exit 2), since a CI run
 * must not silently pass with the user's ignores and corrections missing.
 *
 * Exit codes: 0 clean, 1 findings (a warning or error from `check`), 2 usage error.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { analyzeCorpus } from "./analysis/analyze";
import { DEFAULT_MAX_BYTES } from "./articleFiles";
import { collectArticleSources } from "./cli/inputs";
import { buildReport, formatReportText } from "./report";
import { collectFindings, formatFindingsGithub, formatFindingsJson, formatFindingsSarif, formatFindingsText } from "./cli/checkOutput";
import { loadDecisions } from "./decisions/file";
import { EXPORT_FORMATS, ExportFormat, exportCorpus } from "./export/index";
import { writeExportFiles } from "./export/write";

const VERSION = "0.1.0";

const USAGE = `Crosscheck ${VERSION}: people, places and disagreeing figures across news articles.

Usage:
  crosscheck analyze <files or folders…> [--format json|text]
      People, places and organizations linked across the articles, and the conflicts between them.
  crosscheck check <files or folders…> [--format text|json|sarif|github] [--show-ignored]
      Figures the sources disagree on, as a linter prints them; exits 1 when there is a warning.
  crosscheck export <files or folders…> --format brat|conll|jsonl|csv --out DIR
      The annotations for other tools: brat standoff, CoNLL-2003 BIO columns, JSON Lines, or a CSV of entities.

Options:
  --format FORMAT     output format (analyze: json (default) or text; check: text (default), json, sarif, github)
  --max-size BYTES    skip files larger than this (default ${DEFAULT_MAX_BYTES})
  --show-ignored      check: also list conflicts ignored in crosscheck.json
  --config FILE       the decisions file (default: the nearest crosscheck.json above the first input)
  --out DIR           export: the folder to write to (created if needed)
  -h, --help          this help
  -v, --version       the version

Folders are read recursively: *.article, *.news and *.txt files. Files that are empty, binary, not UTF-8
or too large are skipped with a line on stderr.
`;

class UsageError extends Error {}
/** crosscheck.json cannot be used: exit 2 like a usage error, without pointing at --help. */
class ConfigError extends Error {}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        "max-size": { type: "string" },
        "show-ignored": { type: "boolean" },
        config: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (command !== "analyze" && command !== "check" && command !== "export") throw new UsageError(`unknown command "${command}"`);
  if (paths.length === 0) throw new UsageError(`${command} needs at least one file or folder`);
  const maxBytes = values["max-size"] === undefined ? DEFAULT_MAX_BYTES : Number(values["max-size"]);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-size takes a positive number of bytes`);

  if (command === "export") {
    if (!values.format || !(EXPORT_FORMATS as readonly string[]).includes(values.format))
      throw new UsageError(`export needs --format ${EXPORT_FORMATS.join("|")}${values.format ? `, not "${values.format}"` : ""}`);
    if (!values.out) throw new UsageError("export needs --out DIR");
  }

  // crosscheck.json: warnings are printed and the run goes on; an error stops it before any analysis.
  const loaded = loadDecisions({ config: values.config, inputs: paths });
  for (const line of loaded.messages) process.stderr.write(`crosscheck: ${line}\n`);
  if (!loaded.ok) throw new ConfigError(`${loaded.file} is invalid; fix it (or pass another with --config)`);
  const decisions = loaded.decisions;

  const sources = collectArticleSources(paths, { maxBytes, warn: (line) => process.stderr.write(`crosscheck: ${line}\n`) });
  const corpus = analyzeCorpus(sources, { decisions });
  const show = (file: string) => path.relative(process.cwd(), file) || file;

  if (command === "export") {
    const out = path.resolve(values.out!);
    const files = exportCorpus(corpus, values.format as ExportFormat, show);
    const written = writeExportFiles(out, files, sources.map((s) => s.file));
    if (!written.ok) throw new UsageError(written.reason);
    process.stderr.write(`crosscheck: ${sources.length} articles exported as ${values.format}: ${written.written} files in ${show(out) || "."}\n`);
    return 0;
  }

  if (command === "analyze") {
    const format = values.format ?? "json";
    if (format === "json") process.stdout.write(JSON.stringify(buildReport(corpus, { displayPath: show }), null, 2) + "\n");
    else if (format === "text") process.stdout.write(formatReportText(corpus, { displayPath: show }));
    else throw new UsageError(`analyze --format takes json or text, not "${format}"`);
    return 0;
  }

  const format = values.format ?? "text";
  const all = collectFindings(corpus, decisions.rules, show);
  const shown = values["show-ignored"] ? all : all.filter((f) => !f.ignored);
  if (format === "text") process.stdout.write(formatFindingsText(shown));
  else if (format === "json") process.stdout.write(formatFindingsJson(shown));
  else if (format === "sarif") process.stdout.write(formatFindingsSarif(shown, VERSION));
  else if (format === "github") process.stdout.write(formatFindingsGithub(shown));
  else throw new UsageError(`check --format takes text, json, sarif or github, not "${format}"`);
  const counted = all.filter((f) => !f.ignored);
  if (format === "text") {
    const warnings = counted.filter((f) => f.severity === "warning" || f.severity === "error").length;
    const ignored = corpus.conflicts.filter((c) => c.ignored).length;
    const ignoredNote = ignored ? ` (${ignored} ignored in crosscheck.json${values["show-ignored"] ? "" : "; --show-ignored lists them"})` : "";
    process.stderr.write(`crosscheck: ${sources.length} articles, ${corpus.conflicts.length} conflicts${ignoredNote}, ${warnings} warning findings\n`);
  }
  return counted.some((f) => f.severity === "warning" || f.severity === "error") ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`crosscheck: ${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof UsageError) {
    process.stderr.write(`crosscheck: ${error.message}\nRun "crosscheck --help" for usage.\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`crosscheck: internal error: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 3;
  }
}
