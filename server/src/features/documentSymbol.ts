// textDocument/documentSymbol: the article's outline. Its deals first (parties, kind, status, amount),
// each with its money figures as children; then the figures that make a claim outside any deal (whose
// fact, and `⚠` with the count when other figures conflict with it); then its entities, one symbol per
// entity at its first mention.
// A symbol's range holds its selection range and its children's ranges, as clients require: a deal
// named in the headline may have its amount, and its amount's stated conversion, in the body.

import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { t, word } from '../messages';
import { EntityMention, Span } from '../analysis/types';
import { formatInterval } from '../analysis/format';
import { IndexedDocument, Workspace } from '../corpus/workspace';
import { positionsOf } from '../convert';
import { keptAnswer } from './keptAnswers';

export function provideDocumentSymbols(workspace: Workspace, uri: string): DocumentSymbol[] {
  const document = workspace.get(uri);
  return document ? keptAnswer(workspace, document, 'documentSymbol', () => documentSymbols(workspace, uri, document)) : [];
}

function documentSymbols(workspace: Workspace, uri: string, document: IndexedDocument): DocumentSymbol[] {
  const { analysis } = document;
  const positions = positionsOf(document);
  // Each entity's first mention and count, in one pass (`entities` is made anew at each read).
  const entities = analysis.entities;
  const first = new Map<string, EntityMention>();
  const counts = new Map<string, number>();
  for (const mention of entities) {
    if (!first.has(mention.id)) first.set(mention.id, mention);
    counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
  }
  const name = (id: string) => first.get(id)?.name ?? id;
  const symbols: DocumentSymbol[] = [];
  for (const deal of analysis.deals) {
    // The deal's figures: those in its sentence, and the stated conversion of its amount.
    const figures = analysis.money.filter((figure, index) => (figure.start >= deal.start && figure.end <= deal.end) ||
      (deal.amount !== null && (figure.conversionOf === deal.amount || index === deal.amount)));
    const amount = deal.amount === null ? '' : ` · ${analysis.money[deal.amount].text}`;
    const selection = deal.amount === null ? deal : analysis.money[deal.amount];
    symbols.push({
      name: `${deal.parties.map(name).join(' – ')}`,
      detail: `${word('kind', deal.kind)}, ${word('status', deal.status)}${amount}`,
      kind: SymbolKind.Event,
      range: positions.range(enclosing([deal, selection, ...figures])),
      selectionRange: positions.range(selection),
      children: figures.map((figure) => ({
        name: figure.text,
        detail: formatInterval(figure.usd, 'USD', figure.qualifier),
        kind: SymbolKind.Number,
        range: positions.range(figure),
        selectionRange: positions.range(figure),
      })),
    });
  }
  // Figures that state a fact, where no deal lists them already.
  const inDeals = new Set(symbols.flatMap((symbol) => symbol.children ?? []).map((child) => `${child.range.start.line}:${child.range.start.character}`));
  const figureAt = new Map<number, number>();
  analysis.money.forEach((figure, index) => figureAt.has(figure.start) || figureAt.set(figure.start, index));
  const flagged = new Map<number, number>();
  for (const diagnostic of workspace.diagnosticsOf(uri)) {
    if (diagnostic.code !== 'figure.conflict' && diagnostic.code !== 'figure.slip') continue;
    const index = figureAt.get(diagnostic.start);
    if (index !== undefined) flagged.set(index, diagnostic.related.length);
  }
  for (const claim of analysis.claims) {
    const figure = analysis.money[claim.figure];
    const range = positions.range(figure);
    if (inDeals.has(`${range.start.line}:${range.start.character}`)) continue;
    const conflicts = flagged.get(claim.figure);
    const metric = word('metric', claim.metric);
    const fact = claim.counterparty ? t('hover.claimIn', { subject: name(claim.subject), metric, counterparty: name(claim.counterparty) }) : t('hover.claimOf', { subject: name(claim.subject), metric });
    symbols.push({
      name: `${conflicts === undefined ? '' : '⚠ '}${figure.text}`,
      detail: fact + (conflicts === undefined ? '' : t('outline.conflicting', { count: conflicts })),
      kind: SymbolKind.Number,
      range,
      selectionRange: range,
    });
  }
  for (const mention of first.values()) {
    const count = counts.get(mention.id)!;
    symbols.push({
      name: mention.name,
      detail: `${word('type', mention.type)} · ${count}×`,
      kind: mention.type === 'person' ? SymbolKind.Variable : mention.type === 'outlet' ? SymbolKind.Constant : SymbolKind.Class,
      range: positions.range(mention),
      selectionRange: positions.range(mention),
    });
  }
  return symbols;
}

/** The smallest span that holds all of the spans. */
function enclosing(spans: readonly Span[]): Span {
  return { start: Math.min(...spans.map((span) => span.start)), end: Math.max(...spans.map((span) => span.end)) };
}
