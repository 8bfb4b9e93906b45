/**
 * Finding and reading crosscheck.json, shared by the language server and the CLI so that both read the same
 * file the same way. Like `.vale.ini` or `cspell.json`, the file applies to the folder it is in and every
 * folder below: it is found by walking up from an article.
 *
 * `DecisionsFile` keeps the last good decisions: while the file is invalid (a syntax error, a wrong type,
 * an empty or half-written file, a file that is too large) the analysis goes on with what was last valid,
 * and the problems say where the file is wrong. Nothing here ever writes to the file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Decisions, noDecisions } from "../analysis/types";
import { DecisionsProblem, MAX_DECISIONS_BYTES, ValidationResult, lineAndColumn, validateDecisionsText } from "./validate";

export const DECISIONS_FILE_NAME = "crosscheck.json";

/**
 * The nearest crosscheck.json at or above `from` (a file or a folder), or null. `stopAt`, when given, is
 * the last folder looked at (a workspace folder's root), so that a file outside the workspace is not used.
 */
export function findDecisionsFile(from: string, stopAt?: string): string | null {
  let dir = path.resolve(from);
  try {
    if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    dir = path.dirname(dir); // a path that does not exist yet: start from its folder
  }
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(dir, DECISIONS_FILE_NAME);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here: go up
    }
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir) return null;
    dir = parent;
  }
}

export interface DecisionsReadResult extends ValidationResult {
  /** The text read (empty when the file could not be read). */
  text: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Validates a file's bytes: refuses more than `MAX_DECISIONS_BYTES` and non-UTF-8 before parsing. */
export function decodeDecisions(bytes: Uint8Array, maxBytes = MAX_DECISIONS_BYTES): DecisionsReadResult {
  if (bytes.length > maxBytes) {
    const problem: DecisionsProblem = {
      severity: "error",
      message: `crosscheck.json is too large (${bytes.length} bytes; the limit is ${maxBytes}): it is not read`,
      offset: 0,
      length: 0,
    };
    return { text: "", decisions: null, problems: [problem] };
  }
  let text: string;
  try {
    text = utf8.decode(bytes); // also drops a UTF-8 byte-order mark
  } catch {
    return { text: "", decisions: null, problems: [{ severity: "error", message: "crosscheck.json is not UTF-8 text", offset: 0, length: 0 }] };
  }
  return { text, ...validateDecisionsText(text) };
}

/** Reads and validates one file; I/O errors become a problem rather than an exception. */
export function readDecisionsFile(file: string, maxBytes = MAX_DECISIONS_BYTES): DecisionsReadResult {
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) return decodeDecisions(new Uint8Array(size), maxBytes); // the size message, without reading it
    return decodeDecisions(fs.readFileSync(file), maxBytes);
  } catch (error) {
    return { text: "", decisions: null, problems: [{ severity: "error", message: `cannot read crosscheck.json: ${(error as Error).message}`, offset: 0, length: 0 }] };
  }
}

/** `file:line:column: severity: message`, the form editors' problem matchers and people both read. */
export function formatDecisionsProblem(file: string, text: string, problem: DecisionsProblem): string {
  const { line, column } = lineAndColumn(text, problem.offset);
  return `${file}:${line}:${column}: ${problem.severity}: ${problem.message}`;
}

export interface DecisionsUpdate {
  /** The decisions now in force: the new ones when the text is valid, the last good ones otherwise. */
  decisions: Decisions;
  /** True when the new text was valid and its decisions replaced the previous ones. */
  applied: boolean;
  /** True when the decisions in force changed (so the analysis must be re-run). */
  changed: boolean;
  problems: DecisionsProblem[];
}

/**
 * One crosscheck.json as a long-lived reader (the language server) sees it: each new text either replaces
 * the decisions or, when invalid, leaves the last good ones in force.
 */
export class DecisionsFile {
  private good: Decisions = noDecisions;
  private goodJson = JSON.stringify(noDecisions);
  private lastProblems: DecisionsProblem[] = [];

  get decisions(): Decisions {
    return this.good;
  }

  get problems(): readonly DecisionsProblem[] {
    return this.lastProblems;
  }

  /** Takes a new text (from disk or an editor buffer). */
  update(text: string): DecisionsUpdate {
    return this.take(validateDecisionsText(text));
  }

  /** Takes the file's current bytes from disk. */
  reload(file: string): DecisionsUpdate {
    return this.take(readDecisionsFile(file));
  }

  /** The file was deleted: no decisions at all (a deletion is deliberate, unlike a half-written file). */
  clear(): DecisionsUpdate {
    return this.take({ decisions: noDecisions, problems: [] });
  }

  private take(result: ValidationResult): DecisionsUpdate {
    this.lastProblems = result.problems;
    if (!result.decisions) return { decisions: this.good, applied: false, changed: false, problems: result.problems };
    const json = JSON.stringify(result.decisions);
    const changed = json !== this.goodJson;
    this.good = result.decisions;
    this.goodJson = json;
    return { decisions: this.good, applied: true, changed, problems: result.problems };
  }
}

export interface LoadedDecisions {
  /** The decisions to apply (noDecisions when there is no file). */
  decisions: Decisions;
  /** The file read, or null when none was found. */
  file: string | null;
  /** Problems as `file:line:column: severity: message` lines. */
  messages: string[];
  /** False when the file has an error: a one-shot reader (the CLI) has no last good state to fall back on. */
  ok: boolean;
}

/**
 * The CLI's way to the decisions: the `--config` file when given (it must exist), otherwise the nearest
 * crosscheck.json at or above the first input (the current folder when there is none). Not the current
 * folder as a fallback: articles outside a project must not pick up that project's decisions.
 */
export function loadDecisions(options: { config?: string; inputs: readonly string[]; cwd?: string }): LoadedDecisions {
  const file = options.config ?? findFromInputs(options.inputs, options.cwd ?? process.cwd());
  if (!file) return { decisions: noDecisions, file: null, messages: [], ok: true };
  if (options.config !== undefined && !fs.existsSync(file))
    return { decisions: noDecisions, file, messages: [`${file}: error: --config file not found`], ok: false };
  const read = readDecisionsFile(file);
  return {
    decisions: read.decisions ?? noDecisions,
    file,
    messages: read.problems.map((p) => formatDecisionsProblem(file, read.text, p)),
    ok: read.decisions !== null,
  };
}

function findFromInputs(inputs: readonly string[], cwd: string): string | null {
  const first = inputs[0];
  return findDecisionsFile(first !== undefined ? path.resolve(cwd, first) : cwd);
}
