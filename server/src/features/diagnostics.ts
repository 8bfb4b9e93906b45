/**
 * Diagnostics: one per claim in a conflict (rule `figure.conflict` or `figure.difference`, with the other
 * outlets' claims as related information), and a hint per possible misspelling of a known name (rule
 * `name.misspelling`, fixed by a code action). Pushed after every re-link, only for the articles whose
 * diagnostics changed; articles that left the index get an empty list.
 */
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity } from "vscode-languageserver";
import { effectiveSeverity, RULES, ruleHelpUri, ruleOfConflict, RuleId } from "../analysis/rules";
import type { Conflict, RuleSetting } from "../analysis/types";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import { misspellingsIn } from "./misspellings";
import { spanToLocation, spanToRange } from "./positions";

export const DIAGNOSTIC_SOURCE = "crosscheck";

/** What a diagnostic carries in `data` for code actions (and the annotations feature). */
export type DiagnosticData =
  | { rule: "figure.conflict" | "figure.difference"; conflictId: string; quantityKey: string }
  | { rule: "name.misspelling"; word: string; replacement: string; entityId: string };

const SEVERITY: Record<Exclude<RuleSetting, "off">, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function base(rule: RuleId, rules: Record<string, RuleSetting>): Pick<Diagnostic, "severity" | "source" | "code" | "codeDescription"> | undefined {
  const severity = effectiveSeverity(rule, rules);
  if (!severity) return undefined;
  return { severity: SEVERITY[severity], source: DIAGNOSTIC_SOURCE, code: rule, codeDescription: { href: ruleHelpUri(rule) } };
}

function isIgnored(conflict: Conflict): boolean {
  // Set by the annotations feature (crosscheck.json `ignoredConflicts`) when present.
  return (conflict as Conflict & { ignored?: boolean }).ignored === true;
}

/** The conflicts that produce diagnostics under the given rule settings. */
export function shownConflicts(index: WorkspaceIndex, rules: Record<string, RuleSetting>): Conflict[] {
  return index.conflicts().filter((c) => !isIgnored(c) && effectiveSeverity(ruleOfConflict(c), rules) !== undefined);
}

/** Every article's diagnostics, keyed by URI (articles without any are absent). */
export function computeAllDiagnostics(index: WorkspaceIndex, rulesFor: (uri: string) => Record<string, RuleSetting>): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  const push = (uri: string, diagnostic: Diagnostic) => {
    const list = out.get(uri);
    if (list) list.push(diagnostic);
    else out.set(uri, [diagnostic]);
  };
  for (const conflict of index.conflicts()) {
    if (isIgnored(conflict)) continue;
    const rule = ruleOfConflict(conflict);
    for (const claim of conflict.claims) {
      if (!index.has(claim.file)) continue;
      const common = base(rule, rulesFor(claim.file));
      if (!common) continue;
      const relatedInformation: DiagnosticRelatedInformation[] = conflict.claims
        .filter((other) => other !== claim && index.has(other.file))
        .map((other) => ({ location: spanToLocation(index, other.file, other), message: `${index.outletOf(other.file)}: ${other.text}` }));
      const data: DiagnosticData = { rule: rule as "figure.conflict" | "figure.difference", conflictId: conflict.id, quantityKey: conflict.quantityKey };
      push(claim.file, { ...common, range: spanToRange(index, claim.file, claim), message: conflict.message, relatedInformation, data });
    }
  }
  for (const entry of index.all()) {
    const common = base(RULES.nameMisspelling, rulesFor(entry.uri));
    if (!common) continue;
    for (const m of misspellingsIn(index, entry.uri)) {
      const data: DiagnosticData = { rule: "name.misspelling", word: m.word, replacement: m.replacement, entityId: m.entity.id };
      push(entry.uri, {
        ...common,
        range: spanToRange(index, entry.uri, m),
        message: `"${m.word}" may be a misspelling of "${m.replacement}" (${m.entity.name}), as this article spells it elsewhere`,
        data,
      });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}

/**
 * Pushes diagnostics, remembering what each article last got so that a re-link only sends the articles
 * whose diagnostics changed, and clears the ones that went away.
 */
export class DiagnosticsPublisher {
  private readonly published = new Map<string, string>();

  constructor(private readonly send: (uri: string, diagnostics: Diagnostic[]) => void) {}

  publish(index: WorkspaceIndex, rulesFor: (uri: string) => Record<string, RuleSetting>): number {
    const next = computeAllDiagnostics(index, rulesFor);
    let sent = 0;
    for (const [uri, diagnostics] of next) {
      const key = JSON.stringify(diagnostics);
      if (this.published.get(uri) === key) continue;
      this.published.set(uri, key);
      this.send(uri, diagnostics);
      sent++;
    }
    for (const uri of [...this.published.keys()])
      if (!next.has(uri)) {
        this.published.delete(uri);
        this.send(uri, []);
        sent++;
      }
    return sent;
  }

  /** Forget everything sent (after a settings change the client may have been told to refresh). */
  reset(): void {
    for (const uri of this.published.keys()) this.send(uri, []);
    this.published.clear();
  }
}
