/**
 * Hover on a mention: the entity's name and kind, the spellings each outlet uses, descriptions and reported
 * ages, and its mentions per article as links to the first mention in each. Hover on a figure: what it
 * counts, its normalized interval, and what the other outlets say about the same quantity.
 */
import { Hover, MarkupKind } from "vscode-languageserver";
import type { Claim, Entity } from "../analysis/types";
import type { Decision } from "../decisions/plan";
import { nameKey } from "../decisions/names";
import type { MentionRef, WorkspaceIndex } from "../index/workspaceIndex";
import { APPLY_DECISION_COMMAND } from "../protocol";
import { describeEntity } from "./entityFacts";
import { locationLink, spanToLocation, spanToRange } from "./positions";

const KIND_LABEL: Record<Entity["kind"], string> = { person: "person", place: "place", organization: "organization" };
/** A hover is read at a glance: past this many other figures, a count says how many more there are. */
const MAX_OTHER_CLAIMS = 12;
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** Escapes text for Markdown so names and quotes cannot turn into markup. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()|<>~]/g, "\\$&").replace(/\r\n|\r|\n/g, " ");
}

function link(label: string, target: string): string {
  return `[${md(label)}](${target.replace(/[()\s]/g, encodeURIComponent)})`;
}

export interface HoverOptions {
  /**
   * Add a line of `command:` links that record decisions (VS Code renders them when the client trusts the
   * command; other editors would show raw links, so a client opts in with `initializationOptions`).
   */
  commandLinks?: boolean;
}

/** A markdown link that runs the server's decision command with these arguments. */
function decisionLink(label: string, decision: Decision, uri: string): string {
  return `[${md(label)}](command:${APPLY_DECISION_COMMAND}?${encodeURIComponent(JSON.stringify([decision, { uri }]))})`;
}

/** "Decide: Confirm · Not an entity · Split “Brandt” off" for the mention under the cursor. */
function decisionLinks(mention: MentionRef, uri: string): string {
  const { entity } = mention;
  const spelling = nameKey(mention.mention.name);
  const links: string[] = [];
  if (!entity.confirmed) links.push(decisionLink("Confirm", { type: "confirm", entityId: entity.id }, uri));
  links.push(decisionLink(`Not an entity: “${spelling}”`, { type: "notEntity", text: spelling }, uri));
  if (new Set(entity.mentions.map((m) => nameKey(m.name))).size > 1)
    links.push(decisionLink(`Split “${spelling}” off`, { type: "split", entityId: entity.id, spelling }, uri));
  return `Decide (crosscheck.json): ${links.join(" · ")}`;
}

export function provideHover(index: WorkspaceIndex, uri: string, offset: number, options: HoverOptions = {}): Hover | null {
  const mention = index.mentionAt(uri, offset);
  if (mention) {
    const value = entityHover(index, mention.entity) + (options.commandLinks ? `\n\n${decisionLinks(mention, uri)}` : "");
    return { contents: { kind: MarkupKind.Markdown, value }, range: spanToRange(index, uri, mention) };
  }
  const claim = index.claimAt(uri, offset);
  if (claim) return { contents: { kind: MarkupKind.Markdown, value: claimHover(index, claim) }, range: spanToRange(index, uri, claim) };
  return null;
}

export function entityHover(index: WorkspaceIndex, entity: Entity): string {
  const info = describeEntity(index, entity);
  const lines: string[] = [`**${md(info.name)}** · ${KIND_LABEL[info.kind]}${info.confirmed ? " · confirmed" : ""}`, ""];
  const spellings = info.articles.map((a) => `- ${md(a.outlet)}: ${a.spellings.map(md).join(", ")}`);
  lines.push(`Spellings (${info.spellings.length}): ${info.spellings.map(md).join(" · ")}`, "", ...spellings, "");
  const byFile = (file: string) => md(index.outletOf(file));
  if (entity.descriptions.length) {
    const seen = new Set<string>();
    const descriptions = entity.descriptions.filter((d) => !seen.has(d.text) && seen.add(d.text)).slice(0, 6);
    lines.push(`Described as: ${descriptions.map((d) => `“${md(d.text)}” (${byFile(d.file)})`).join("; ")}`, "");
  }
  if (entity.ages.length) lines.push(`Reported age: ${entity.ages.map((a) => `${a.value} (${byFile(a.file)})`).join(", ")}`, "");
  const mentionLinks = info.articles.map((a) => link(`${a.outlet} (${a.mentionCount})`, locationLink({ uri: a.uri, range: a.firstMention })));
  lines.push(`${info.mentionCount} mention${info.mentionCount === 1 ? "" : "s"} in ${info.articleCount} article${info.articleCount === 1 ? "" : "s"}: ${mentionLinks.join(" · ")}`);
  return lines.join("\n");
}

function formatBound(value: number | null, infinite: string): string {
  return value === null ? infinite : numberFormat.format(value);
}

/** "[6,700, ∞)", "(6,500, ∞)", "[6,500, 7,000)", "= 774" for exact figures. */
export function formatInterval(claim: Claim): string {
  if (claim.low !== null && claim.low === claim.high && !claim.lowOpen && !claim.highOpen) return `= ${numberFormat.format(claim.low)}`;
  const open = claim.low === null || claim.lowOpen ? "(" : "[";
  const close = claim.high === null || claim.highOpen ? ")" : "]";
  return `${open}${formatBound(claim.low, "−∞")}, ${formatBound(claim.high, "∞")}${close}`;
}

export function claimHover(index: WorkspaceIndex, claim: Claim): string {
  const lines: string[] = [`**${md(claim.text)}** · ${md(claim.quantity || claim.unit)}`, ""];
  const facts = [`interval ${formatInterval(claim)}`, `unit: ${md(claim.unit)}`];
  if (claim.qualifier && claim.qualifier !== "exact") facts.push(`qualifier: ${md(claim.qualifier)}`);
  if (claim.when) facts.push(`when: ${md(claim.when)}`);
  if (claim.speaker) facts.push(`said by ${md(claim.speaker)}`);
  lines.push(facts.join(" · "), "");
  const conflicts = index.conflictsOf(claim);
  for (const conflict of conflicts) lines.push(`⚠ ${md(conflict.message)}`, "");
  // Other outlets' figures for the same quantity: the conflict's claims, else agreeing figures.
  const others = new Map<string, Claim>();
  for (const conflict of conflicts) for (const other of conflict.claims) if (other.file !== claim.file) others.set(`${other.file}:${other.start}`, other);
  for (const other of index.claimsAbout(claim.quantityKey)) if (other.file !== claim.file) others.set(`${other.file}:${other.start}`, other);
  if (others.size) {
    lines.push("Other outlets:");
    const listed = [...others.values()].sort((a, b) => index.rank(a.file) - index.rank(b.file) || a.start - b.start);
    for (const other of listed.slice(0, MAX_OTHER_CLAIMS))
      lines.push(`- ${link(index.outletOf(other.file), locationLink(spanToLocation(index, other.file, other)))}: “${md(other.text)}” ${formatInterval(other)}`);
    if (listed.length > MAX_OTHER_CLAIMS) lines.push(`- … and ${listed.length - MAX_OTHER_CLAIMS} more`);
  } else lines.push("No other outlet gives a figure for this.");
  return lines.join("\n");
}
