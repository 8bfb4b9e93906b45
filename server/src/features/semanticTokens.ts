/**
 * Semantic tokens: people, places, organizations and figures, each its own token type (see the legend in
 * protocol.ts), so themes colour them apart. Figures other outlets disagree with carry the `conflict`
 * modifier; confirmed entities the `confirmed` modifier. Tokens never span lines (LSP clients need not
 * support multi-line tokens), so a name broken across lines becomes one token per line.
 */
import { Range, SemanticTokens, SemanticTokensBuilder, SemanticTokensLegend } from "vscode-languageserver";
import type { Span } from "../analysis/types";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from "../protocol";

export const semanticTokensLegend: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

type TokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
const typeIndex = (type: TokenType) => SEMANTIC_TOKEN_TYPES.indexOf(type);
const modifierBit = (modifier: (typeof SEMANTIC_TOKEN_MODIFIERS)[number]) => 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(modifier);

interface Token extends Span {
  type: number;
  modifiers: number;
}

export function provideSemanticTokens(index: WorkspaceIndex, uri: string, range?: Range): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const entry = index.get(uri);
  if (!entry) return builder.build();
  const document = entry.document;
  const from = range ? document.offsetAt(range.start) : 0;
  const to = range ? document.offsetAt(range.end) : Infinity;
  const tokens: Token[] = [];
  for (const ref of index.mentionsIn(uri))
    if (ref.end > from && ref.start < to)
      tokens.push({ start: ref.start, end: ref.end, type: typeIndex(ref.entity.kind), modifiers: ref.entity.confirmed ? modifierBit("confirmed") : 0 });
  for (const claim of index.claimsIn(uri))
    if (claim.end > from && claim.start < to)
      tokens.push({ start: claim.start, end: claim.end, type: typeIndex("figure"), modifiers: index.conflictsOf(claim).length ? modifierBit("conflict") : 0 });
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  let covered = -1;
  for (const token of tokens) {
    if (token.start < covered || token.end <= token.start) continue; // overlapping tokens are not allowed
    covered = token.end;
    const start = document.positionAt(token.start);
    const end = document.positionAt(token.end);
    for (let line = start.line; line <= end.line; line++) {
      const lineStart = document.offsetAt({ line, character: 0 });
      const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, "");
      const startChar = line === start.line ? start.character : 0;
      const endChar = line === end.line ? end.character : lineText.length;
      if (endChar > startChar && lineStart + startChar < document.getText().length) builder.push(line, startChar, endChar - startChar, token.type, token.modifiers);
    }
  }
  return builder.build();
}
