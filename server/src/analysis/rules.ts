/**
 * The rule ids Crosscheck reports under. They are the diagnostics' `code`, SARIF's `ruleId`, and the keys
 * users write in settings and crosscheck.json (`"rules": { "figure.difference": "off" }`), so they never
 * change once published. Each has a section in the README that `helpUri`/`codeDescription` link to.
 */
import { Conflict, RuleSetting } from "./types";

export const RULES = {
  /** Sources give figures for one quantity whose ranges cannot both be true. */
  figureConflict: "figure.conflict",
  /** Sources give figures for one quantity that differ but could both be true (precision differs). */
  figureDifference: "figure.difference",
  /** A name spelled within one edit of a better-attested spelling of the same entity in the same article. */
  nameMisspelling: "name.misspelling",
} as const;

export type RuleId = (typeof RULES)[keyof typeof RULES];

export interface RuleInfo {
  id: RuleId;
  title: string;
  defaultSeverity: Exclude<RuleSetting, "off">;
  /** Anchor of the README section that explains the rule. */
  anchor: string;
}

export const RULE_INFO: Record<RuleId, RuleInfo> = {
  "figure.conflict": { id: "figure.conflict", title: "Sources give incompatible figures", defaultSeverity: "warning", anchor: "figure-conflict" },
  "figure.difference": { id: "figure.difference", title: "Sources give different but compatible figures", defaultSeverity: "information", anchor: "figure-difference" },
  "name.misspelling": { id: "name.misspelling", title: "Possible misspelling of a known name", defaultSeverity: "hint", anchor: "name-misspelling" },
};

/** Where the rules are documented; diagnostics and SARIF link here. */
export const RULES_DOC_URL = "https://github.com/crosscheck-news/crosscheck#rules";

export function ruleHelpUri(id: RuleId): string {
  return `${RULES_DOC_URL.replace(/#.*$/, "")}#${RULE_INFO[id].anchor}`;
}

/** The rule a conflict falls under: incompatible figures warn, compatible but different ones inform. */
export function ruleOfConflict(conflict: Conflict): RuleId {
  return conflict.severity === "warning" ? RULES.figureConflict : RULES.figureDifference;
}

/** The severity a rule has after the user's settings: undefined when the user turned it off. */
export function effectiveSeverity(id: RuleId, settings: Partial<Record<string, RuleSetting>>): Exclude<RuleSetting, "off"> | undefined {
  const chosen = settings[id];
  if (chosen === "off") return undefined;
  return chosen ?? RULE_INFO[id].defaultSeverity;
}
