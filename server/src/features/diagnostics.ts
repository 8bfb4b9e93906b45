/**
 * Diagnostics: one per claim in a conflict (rule `figure.conflict` or `figure.difference`, with the other
 * outlets' claims as related information), and a hint per possible misspelling of a known name (rule
 * `name.misspelling`, fixed by a code action). Pushed after every re-link, only for the articles whose
 * diagnostics changed; articles that left the index get an empty list.
 *
 * On a large workspace one conflict can gather thousands of claims, so the publisher first computes a small
 * fingerprint per article (conflict ids, claim and related offsets, severities, messages) and builds LSP
 * objects only for the articles whose fingerprint changed: an edit re-publishes what it touched, not all.
 */
import { createHash } from "node:crypto";
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity } from "vscode-languageserver";
import { effectiveSeverity, RULES, ruleHelpUri, ruleOfConflict, RuleId } from "../analysis/rules";
import type { Claim, Conflict, RuleSetting } from "../analysis/types";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import { Misspelling, misspellingsIn } from "./misspellings";
import { spanToLocation, spanToRange } from "./positions";

export const DIAGNOSTIC_SOURCE = "crosscheck";

/**
 * Related locations per diagnostic: one claim per other article, earliest first. Listing every other claim
 * under every claim would be quadratic in a large conflict, and no one reads past a screenful anyway.
 */
export const MAX_RELATED = 8;

/** What a diagnostic carries in `data` for code actions (and the annotations feature). */
export type DiagnosticData =
  | { rule: "figure.conflict" | "figure.difference"; conflictId: string; quantityKey: string }
  | { rule: "name.misspelling"; word: string; replacement: string; entityId: string };

type Rules = (uri: string) => Record<string, RuleSetting>;

const SEVERITY: Record<Exclude<RuleSetting, "off">, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Ignored in crosscheck.json (`ignoredConflicts`): kept by the core for `--show-ignored`, never a diagnostic. */
function isIgnored(conflict: Conflict): boolean {
  return conflict.ignored === true;
}

/** The conflicts that produce diagnostics under the given rule settings. */
export function shownConflicts(index: WorkspaceIndex, rules: Record<string, RuleSetting>): Conflict[] {
  return index.conflicts().filter((c) => !isIgnored(c) && effectiveSeverity(ruleOfConflict(c), rules) !== undefined);
}

/** One conflict, prepared once per publish: its rule and the candidates for related information. */
interface ConflictPlan {
  conflict: Conflict;
  rule: RuleId;
  /** The first claim of each article in the conflict, earliest article first, at most MAX_RELATED + 1. */
  related: Claim[];
  fingerprint: string;
}

interface FileWork {
  conflicts: { plan: ConflictPlan; claim: Claim; severity: Exclude<RuleSetting, "off"> }[];
  misspellings: { m: Misspelling; severity: Exclude<RuleSetting, "off"> }[];
}

function planConflict(index: WorkspaceIndex, conflict: Conflict): ConflictPlan {
  const firstPerFile = new Map<string, Claim>();
  for (const claim of conflict.claims) {
    if (!index.has(claim.file)) continue;
    const seen = firstPerFile.get(claim.file);
    if (!seen || claim.start < seen.start) firstPerFile.set(claim.file, claim);
  }
  const related = [...firstPerFile.values()].sort((a, b) => index.rank(a.file) - index.rank(b.file)).slice(0, MAX_RELATED + 1);
  const fingerprint = hash(`${conflict.id}\u0001${conflict.message}\u0001${related.map((c) => `${c.file}:${index.get(c.file)?.document.version}:${c.start}:${c.end}:${index.outletOf(c.file)}:${c.text}`).join("\u0002")}`);
  return { conflict, rule: ruleOfConflict(conflict), related, fingerprint };
}

function relatedFor(plan: ConflictPlan, claim: Claim): Claim[] {
  return plan.related.filter((other) => other.file !== claim.file).slice(0, MAX_RELATED);
}

/** What each article will show, without building LSP objects yet. */
function collect(index: WorkspaceIndex, uncachedRulesFor: Rules): Map<string, FileWork> {
  const work = new Map<string, FileWork>();
  const rulesCache = new Map<string, Record<string, RuleSetting>>();
  const rulesFor = (uri: string) => {
    let rules = rulesCache.get(uri);
    if (!rules) rulesCache.set(uri, (rules = uncachedRulesFor(uri)));
    return rules;
  };
  const of = (uri: string): FileWork => {
    let w = work.get(uri);
    if (!w) work.set(uri, (w = { conflicts: [], misspellings: [] }));
    return w;
  };
  for (const conflict of index.conflicts()) {
    if (isIgnored(conflict)) continue;
    let plan: ConflictPlan | undefined;
    for (const claim of conflict.claims) {
      if (!index.has(claim.file)) continue;
      const severity = effectiveSeverity(ruleOfConflict(conflict), rulesFor(claim.file));
      if (!severity) continue;
      plan ??= planConflict(index, conflict);
      of(claim.file).conflicts.push({ plan, claim, severity });
    }
  }
  for (const entry of index.all()) {
    const severity = effectiveSeverity(RULES.nameMisspelling, rulesFor(entry.uri));
    if (!severity) continue;
    for (const m of misspellingsIn(index, entry.uri)) of(entry.uri).misspellings.push({ m, severity });
  }
  return work;
}

function fingerprint(index: WorkspaceIndex, uri: string, w: FileWork): string {
  // The version covers edits that move lines without moving offsets (a space replaced by a line break).
  const parts: string[] = [`v${index.get(uri)?.document.version}`];
  for (const { plan, claim, severity } of w.conflicts) parts.push(`c${claim.start}:${claim.end}:${severity}:${plan.fingerprint}`);
  for (const { m, severity } of w.misspellings) parts.push(`m${m.start}:${m.end}:${severity}:${m.word}:${m.replacement}:${m.entity.id}:${m.entity.name}`);
  return hash(parts.join("\u0003"));
}

function hash(text: string): string {
  return createHash("sha1").update(text).digest("base64");
}

function build(index: WorkspaceIndex, uri: string, w: FileWork): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const base = (rule: RuleId, severity: Exclude<RuleSetting, "off">) => ({
    severity: SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: rule,
    codeDescription: { href: ruleHelpUri(rule) },
  });
  for (const { plan, claim, severity } of w.conflicts) {
    const relatedInformation: DiagnosticRelatedInformation[] = relatedFor(plan, claim).map((other) => ({
      location: spanToLocation(index, other.file, other),
      message: `${index.outletOf(other.file)}: ${other.text}`,
    }));
    const data: DiagnosticData = { rule: plan.rule as "figure.conflict" | "figure.difference", conflictId: plan.conflict.id, quantityKey: plan.conflict.quantityKey };
    diagnostics.push({ ...base(plan.rule, severity), range: spanToRange(index, uri, claim), message: plan.conflict.message, relatedInformation, data });
  }
  for (const { m, severity } of w.misspellings) {
    const data: DiagnosticData = { rule: "name.misspelling", word: m.word, replacement: m.replacement, entityId: m.entity.id };
    diagnostics.push({
      ...base(RULES.nameMisspelling, severity),
      range: spanToRange(index, uri, m),
      message: `"${m.word}" may be a misspelling of "${m.replacement}" (${m.entity.name}), as this article spells it elsewhere`,
      data,
    });
  }
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return diagnostics;
}

/** Every article's diagnostics, keyed by URI (articles without any are absent). For tests and the CLI-like callers. */
export function computeAllDiagnostics(index: WorkspaceIndex, rulesFor: Rules): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const [uri, w] of collect(index, rulesFor)) out.set(uri, build(index, uri, w));
  return out;
}

/**
 * Pushes diagnostics, remembering a fingerprint of what each article last got, so that a re-link only sends
 * the articles whose diagnostics changed and clears the ones that went away.
 */
export class DiagnosticsPublisher {
  private readonly published = new Map<string, string>();
  private run = 0;

  /** `send` resolves when the notification is written, which lets a large publish follow the pipe's pace. */
  constructor(private readonly send: (uri: string, diagnostics: Diagnostic[]) => Promise<void> | void) {}

  /**
   * Sends every article whose diagnostics changed, `first` (the edited and open articles) before the rest, in
   * batches that yield to the event loop, so a re-link that touches thousands of articles neither blocks
   * requests nor queues megabytes of notifications at once. A newer publish supersedes a running one.
   * Resolves with the number of articles sent.
   */
  async publish(index: WorkspaceIndex, rulesFor: Rules, first: Iterable<string> = []): Promise<number> {
    const run = ++this.run;
    const work = collect(index, rulesFor);
    const order = new Set<string>();
    for (const uri of first) if (work.has(uri) || this.published.has(uri)) order.add(uri);
    for (const uri of work.keys()) order.add(uri);
    for (const uri of this.published.keys()) order.add(uri);
    let sent = 0;
    let pending: (Promise<void> | void)[] = [];
    for (const uri of order) {
      const w = work.get(uri);
      const key = w ? fingerprint(index, uri, w) : undefined;
      if (this.published.get(uri) === key) continue;
      if (key === undefined) this.published.delete(uri);
      else this.published.set(uri, key);
      pending.push(this.send(uri, w ? build(index, uri, w) : []));
      sent++;
      if (pending.length >= PUBLISH_BATCH) {
        await Promise.all(pending).catch(() => undefined);
        pending = [];
        await new Promise((resolve) => setImmediate(resolve));
        if (run !== this.run) return sent; // superseded: the newer publish compares against what was sent
      }
    }
    await Promise.all(pending).catch(() => undefined);
    return sent;
  }
}

/** Articles sent between two yields to the event loop. */
const PUBLISH_BATCH = 64;
