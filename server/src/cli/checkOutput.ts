/**
 * `crosscheck check` output: conflicts as a linter prints them (text, GitHub annotations), as JSON, or as
 * SARIF 2.1.0 for code-scanning tools. One finding per claim, so that each article gets its own line with
 * the other outlets' claims as related locations.
 */
import * as path from "node:path";
import { Claim, CorpusAnalysis, RuleSetting } from "../analysis/types";
import { RULE_INFO, RuleId, effectiveSeverity, ruleHelpUri, ruleOfConflict } from "../analysis/rules";
import { isIgnored } from "../report";
import { LineColumn, lineLocator } from "./positions";

export interface Finding {
  ruleId: RuleId;
  severity: Exclude<RuleSetting, "off">;
  message: string;
  conflictId: string;
  ignored: boolean;
  location: Location;
  related: (Location & { message: string })[];
}

export interface Location extends LineColumn {
  file: string;
  endLine: number;
  endColumn: number;
  text: string;
}

/** Findings for every conflict whose rule is not off, ignored ones included (the caller filters them). */
export function collectFindings(corpus: CorpusAnalysis, rules: Partial<Record<string, RuleSetting>>, show: (file: string) => string): Finding[] {
  const locators = new Map(corpus.articles.map(({ article }) => [article.file, lineLocator(article.text)]));
  const outlets = new Map(corpus.articles.map(({ article }) => [article.file, article.outlet]));
  const locate = (c: Claim): Location => {
    const at = locators.get(c.file) ?? lineLocator("");
    const start = at(c.start);
    const end = at(c.end);
    return { file: show(c.file), line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: c.text };
  };
  const findings: Finding[] = [];
  for (const conflict of corpus.conflicts) {
    const ruleId = ruleOfConflict(conflict);
    const severity = effectiveSeverity(ruleId, rules);
    if (!severity) continue;
    for (const claim of conflict.claims) {
      findings.push({
        ruleId,
        severity,
        message: conflict.message,
        conflictId: conflict.id,
        ignored: isIgnored(conflict),
        location: locate(claim),
        related: conflict.claims
          .filter((other) => other !== claim)
          .map((other) => ({ ...locate(other), message: `${outlets.get(other.file) ?? path.basename(other.file)}: ${other.text}` })),
      });
    }
  }
  return findings;
}

/** `path:line:col: severity rule message`, then the related claims indented: what a problem matcher reads. */
export function formatFindingsText(findings: readonly Finding[]): string {
  const lines: string[] = [];
  for (const f of findings) {
    const l = f.location;
    lines.push(`${l.file}:${l.line}:${l.column}: ${f.severity} ${f.ruleId} ${f.message}${f.ignored ? " (ignored)" : ""}`);
    for (const r of f.related) lines.push(`    ${r.file}:${r.line}:${r.column}: ${r.message}`);
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}

/** GitHub Actions workflow commands, so findings show as annotations on the changed files. */
export function formatFindingsGithub(findings: readonly Finding[]): string {
  const level = (s: Finding["severity"]) => (s === "error" ? "error" : s === "warning" ? "warning" : "notice");
  const escape = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  return findings
    .map((f) => `::${level(f.severity)} file=${f.location.file},line=${f.location.line},col=${f.location.column},title=${f.ruleId}::${escape(f.message)}\n`)
    .join("");
}

export function formatFindingsJson(findings: readonly Finding[]): string {
  return JSON.stringify({ version: 1, findings }, null, 2) + "\n";
}

/** SARIF 2.1.0 with stable rule ids, repo-relative URIs, fingerprints and the other outlets as related locations. */
export function formatFindingsSarif(findings: readonly Finding[], toolVersion: string): string {
  const sarifLevel = (s: Finding["severity"]) => (s === "error" ? "error" : s === "warning" ? "warning" : "note");
  const uri = (file: string) => file.split(path.sep).join("/");
  const region = (l: Location) => ({ startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn, snippet: { text: l.text } });
  const ruleIds = Object.keys(RULE_INFO) as RuleId[];
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "crosscheck",
            version: toolVersion,
            informationUri: ruleHelpUri("figure.conflict").replace(/#.*$/, ""),
            rules: ruleIds.map((id) => ({
              id,
              name: id,
              shortDescription: { text: RULE_INFO[id].title },
              helpUri: ruleHelpUri(id),
              defaultConfiguration: { level: sarifLevel(RULE_INFO[id].defaultSeverity) },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: "file://" + uri(process.cwd()).replace(/^\/?/, "/") + "/" } },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: sarifLevel(f.severity),
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: uri(f.location.file), uriBaseId: "SRCROOT" }, region: region(f.location) } }],
          relatedLocations: f.related.map((r, id) => ({
            id,
            message: { text: r.message },
            physicalLocation: { artifactLocation: { uri: uri(r.file), uriBaseId: "SRCROOT" }, region: region(r) },
          })),
          partialFingerprints: { crosscheckConflict: f.conflictId },
          ...(f.ignored ? { suppressions: [{ kind: "external", justification: "ignored in crosscheck.json" }] } : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

