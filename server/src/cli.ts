/**
 * The command-line entry: the same analysis as the language server, without an editor, for scripts and CI.
 *
 *   crosscheck analyze <files or folders…> [--format json|text] [--max-size BYTES]
 *   crosscheck check   <files or folders…> [--format text|json|sarif|github] [--show-ignored] [--max-size BYTES]
 *
 * Exit codes: 0 clean, 1 findings (a warning or error from `check`), 2 usage error.
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { analyzeCorpus } from "./analysis/analyze";
import { DEFAULT_MAX_BYTES } from "./articleFiles";
import { collectArticleSources } from "./cli/inputs";
import { buildReport, formatReportText } from "./report";
import { collectFindings, formatFindingsGithub, formatFindingsJson, formatFindingsSarif, formatFindingsText } from "./cli/checkOutput";
import { noDecisions } from "./analysis/types";

const VERSION = "0.1.0";

const USAGE = `Crosscheck ${VERSION}: people, places and disagreeing figures across news articles.

Usage:
  crosscheck analyze <files or folders…> [--format json|text]
      People, places and organizations linked across the articles, and the conflicts between them.
  crosscheck check <files or folders…> [--format text|json|sarif|github] [--show-ignored]
      Figures the sources disagree on, as a linter prints them; exits 1 when there is a warning.

Options:
  --format FORMAT     output format (analyze: json (default) or text; check: text (default), json, sarif, github)
  --max-size BYTES    skip files larger than this (default ${DEFAULT_MAX_BYTES})
  --show-ignored      check: also list conflicts ignored in crosscheck.json
  -h, --help          this help
  -v, --version       the version

Folders are read recursively: *.article, *.news and *.txt files. Files that are empty, binary, not UTF-8
or too large are skipped with a line on stderr.
`;

class UsageError extends Error {}

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
  if (command !== "analyze" && command !== "check") throw new UsageError(`unknown command "${command}"`);
  if (paths.length === 0) throw new UsageError(`${command} needs at least one file or folder`);
  const maxBytes = values["max-size"] === undefined ? DEFAULT_MAX_BYTES : Number(values["max-size"]);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-size takes a positive number of bytes`);

  const sources = collectArticleSources(paths, { maxBytes, warn: (line) => process.stderr.write(`crosscheck: ${line}\n`) });
  const decisions = noDecisions;
  const corpus = analyzeCorpus(sources, { decisions });
  const show = (file: string) => path.relative(process.cwd(), file) || file;

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
    process.stderr.write(`crosscheck: ${sources.length} articles, ${corpus.conflicts.length} conflicts, ${warnings} warning findings\n`);
  }
  return counted.some((f) => f.severity === "warning" || f.severity === "error") ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`crosscheck: ${error.message}\nRun "crosscheck --help" for usage.\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`crosscheck: internal error: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 3;
  }
}
