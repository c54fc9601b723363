// workspace/symbol: entities and deals by name, matched on every word of the query.

import { SymbolInformation, SymbolKind } from 'vscode-languageserver';
import { Workspace } from '../corpus/workspace';
import { location } from '../convert';

const KIND: Readonly<Record<string, SymbolKind>> = {
  org: SymbolKind.Class, person: SymbolKind.Variable, product: SymbolKind.Interface,
  project: SymbolKind.Namespace, outlet: SymbolKind.Constant, place: SymbolKind.Module,
};
const MAX_RESULTS = 500;

export function provideWorkspaceSymbols(workspace: Workspace, query: string): SymbolInformation[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (name: string) => words.every((word) => name.toLowerCase().includes(word));
  const symbols: SymbolInformation[] = [];
  for (const entity of workspace.entities()) {
    if (!matches(entity.name)) continue;
    const first = workspace.firstMentionOf(entity.id)!;
    symbols.push({ name: entity.name, kind: KIND[entity.type] ?? SymbolKind.Object, containerName: entity.type,
      location: location(first.uri, workspace.get(first.uri)!, first.mention) });
    if (symbols.length >= MAX_RESULTS) return symbols;
  }
  for (const deal of workspace.deals()) {
    const name = `${deal.parties.map((party) => party.name).join(' – ')} (${deal.kind})`;
    if (!matches(name)) continue;
    const source = deal.sources[0];
    symbols.push({ name, kind: SymbolKind.Event, containerName: 'deal', location: location(source.path, workspace.get(source.path)!, source) });
    if (symbols.length >= MAX_RESULTS) break;
  }
  return symbols;
}
