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

/** Memoized per publish: plans per conflict and rules per article (settings lookups walk the folders). */
class Collector {
  private readonly plans = new Map<Conflict, ConflictPlan>();
  private readonly rules = new Map<string, Record<string, RuleSetting>>();

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly rulesOf: Rules,
  ) {}

  private rulesFor(uri: string): Record<string, RuleSetting> {
    let rules = this.rules.get(uri);
    if (!rules) this.rules.set(uri, (rules = this.rulesOf(uri)));
    return rules;
  }

  private plan(conflict: Conflict): ConflictPlan {
    let plan = this.plans.get(conflict);
    if (!plan) this.plans.set(conflict, (plan = planConflict(this.index, conflict)));
    return plan;
  }

  private conflictEntry(conflict: Conflict, claim: Claim): FileWork["conflicts"][number] | undefined {
    if (isIgnored(conflict) || !this.index.has(claim.file)) return undefined;
    const severity = effectiveSeverity(ruleOfConflict(conflict), this.rulesFor(claim.file));
    return severity ? { plan: this.plan(conflict), claim, severity } : undefined;
  }

  private misspellings(uri: string): FileWork["misspellings"] {
    const severity = effectiveSeverity(RULES.nameMisspelling, this.rulesFor(uri));
    return severity ? misspellingsIn(this.index, uri).map((m) => ({ m, severity })) : [];
  }

  /** One article's work, from its own claims: cheap, for the articles sent first. */
  one(uri: string): FileWork | undefined {
    const w: FileWork = { conflicts: [], misspellings: this.misspellings(uri) };
    for (const claim of this.index.claimsIn(uri))
      for (const conflict of this.index.conflictsOf(claim)) {
        const own = conflict.claims.find((c) => c.file === claim.file && c.start === claim.start) ?? claim;
        const entry = this.conflictEntry(conflict, own);
        if (entry) w.conflicts.push(entry);
      }
    return w.conflicts.length || w.misspellings.length ? w : undefined;
  }

  /** Every article's work. */
  all(): Map<string, FileWork> {
    const work = new Map<string, FileWork>();
    const of = (uri: string): FileWork => {
      let w = work.get(uri);
      if (!w) work.set(uri, (w = { conflicts: [], misspellings: [] }));
      return w;
    };
    for (const conflict of this.index.conflicts())
      for (const claim of conflict.claims) {
        const entry = this.conflictEntry(conflict, claim);
        if (entry) of(claim.file).conflicts.push(entry);
      }
    for (const entry of this.index.all()) {
      const misspellings = this.misspellings(entry.uri);
      if (misspellings.length) of(entry.uri).misspellings.push(...misspellings);
    }
    return work;
  }
}

function fingerprint(index: WorkspaceIndex, uri: string, w: FileWork): string {
  // The version covers edits that move lines without moving offsets (a space replaced by a line break).
  const parts: string[] = [`v${index.get(uri)?.document.version}`];
  const items: string[] = [];
  for (const { plan, claim, severity } of w.conflicts) items.push(`c${claim.start}:${claim.end}:${severity}:${plan.fingerprint}`);
  for (const { m, severity } of w.misspellings) items.push(`m${m.start}:${m.end}:${severity}:${m.word}:${m.replacement}:${m.entity.id}:${m.entity.name}`);
  // Sorted: the same diagnostics collected in another order (one article vs. all) give the same fingerprint.
  return hash(parts.concat(items.sort()).join("\u0003"));
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
  for (const [uri, w] of new Collector(index, rulesFor).all()) out.set(uri, build(index, uri, w));
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
    const collector = new Collector(index, rulesFor);
    let sent = 0;
    const sendIfChanged = (uri: string, w: FileWork | undefined): Promise<void> | void => {
      // Edited since the link: its offsets no longer match its text; the coming re-link publishes it.
      if (index.get(uri)?.stale) return;
      const key = w ? fingerprint(index, uri, w) : undefined;
      if (this.published.get(uri) === key) return;
      if (key === undefined) this.published.delete(uri);
      else this.published.set(uri, key);
      sent++;
      return this.send(uri, w ? build(index, uri, w) : []);
    };
    // What the user looks at first, computed from those articles alone, before the whole workspace.
    const firstSent = new Set<string>();
    for (const uri of first)
      if (!firstSent.has(uri) && index.has(uri)) {
        firstSent.add(uri);
        await sendIfChanged(uri, collector.one(uri));
      }
    if (firstSent.size) {
      await new Promise((resolve) => setImmediate(resolve));
      if (run !== this.run || index.hasStale()) return sent;
    }
    const work = collector.all();
    if (run !== this.run || index.hasStale()) return sent;
    let pending: (Promise<void> | void)[] = [];
    for (const uri of new Set([...work.keys(), ...this.published.keys()])) {
      if (run !== this.run) return sent;
      pending.push(sendIfChanged(uri, work.get(uri)));
      if (pending.length >= PUBLISH_BATCH) {
        await Promise.all(pending).catch(() => undefined);
        pending = [];
        await new Promise((resolve) => setImmediate(resolve));
        // Superseded by a newer publish, or an article was edited since the link: offsets no longer match
        // the text, and the re-link that follows the edit publishes again.
        if (run !== this.run || index.hasStale()) return sent;
      }
    }
    await Promise.all(pending).catch(() => undefined);
    return sent;
  }
}

/** Articles sent between two yields to the event loop. */
const PUBLISH_BATCH = 64;
