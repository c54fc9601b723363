// textDocument/semanticTokens/full: entities by type, money figures, and outlets, so themes can
// colour them. The token types are Sorot's own, declared with standard super types in package.json.

import { SemanticTokens, SemanticTokensBuilder, SemanticTokensLegend } from 'vscode-languageserver';
import { IndexedDocument, Workspace } from '../corpus/workspace';
import { positionsOf } from '../convert';
import { keptAnswer } from './keptAnswers';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['organization', 'person', 'product', 'project', 'outlet', 'money'],
  tokenModifiers: ['fromContext', 'misspelled'],
};

const TYPE_INDEX = new Map(SEMANTIC_TOKENS_LEGEND.tokenTypes.map((type, index) => [type, index]));

export function provideSemanticTokens(workspace: Workspace, uri: string): SemanticTokens {
  const document = workspace.get(uri);
  return document ? keptAnswer(workspace, document, 'semanticTokens', () => semanticTokens(document)) : { data: [] };
}

function semanticTokens(document: IndexedDocument): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const positions = positionsOf(document);
  const tokens: { start: number; end: number; type: number; modifiers: number }[] = [];
  for (const figure of document.analysis.money) tokens.push({ ...figure, type: TYPE_INDEX.get('money')!, modifiers: 0 });
  for (const mention of document.analysis.entities) {
    const type = TYPE_INDEX.get(mention.type === 'org' ? 'organization' : mention.type);
    if (type === undefined) continue;
    const modifiers = (mention.source === 'context' ? 1 : 0) | (mention.source === 'fuzzy' ? 2 : 0);
    tokens.push({ start: mention.start, end: mention.end, type, modifiers });
  }
  tokens.sort((a, b) => a.start - b.start);
  let lastEnd = 0;
  for (const token of tokens) {
    if (token.start < lastEnd) continue; // a mention inside a figure (`dolar AS`) stays money
    const start = positions.position(token.start);
    const end = positions.position(token.end);
    // A token may not cross a line: a span across one is coloured up to the line's end.
    const length = end.line === start.line ? end.character - start.character : positions.offset({ line: start.line + 1, character: 0 }) - token.start - 1;
    if (length > 0) builder.push(start.line, start.character, length, token.type, token.modifiers);
    lastEnd = token.end;
  }
  return builder.build();
}
