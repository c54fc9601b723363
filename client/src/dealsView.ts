// The Deals view: the corpus-wide deal list from the server, grouped by entity. Each deal shows
// its parties, kind, status and amount, and reveals its sources; a source opens the sentence.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

interface DealSource { path: string; start: number; end: number; outlet: string | null; status: string; amount: string | null }
interface Deal { parties: { id: string; name: string }[]; kind: string; status: string; amount: { text: string } | null; sources: DealSource[] }

type Node =
  | { kind: 'entity'; name: string; deals: Deal[] }
  | { kind: 'deal'; deal: Deal; parent: string }
  | { kind: 'source'; source: DealSource; parent: string };

export class DealsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  private deals: Deal[] = [];
  private shown = '';

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** Fetches the deals soon (at most every half second) and redraws only if they changed. */
  refresh(): void {
    if (this.timer) return;
    this.timer = setTimeout(async () => {
      this.timer = undefined;
      const deals = (await this.client()?.sendRequest<Deal[]>('sorot/deals').catch(() => undefined)) ?? this.deals;
      const serialised = JSON.stringify(deals);
      if (serialised === this.shown) return;
      this.deals = deals;
      this.shown = serialised;
      this.changed.fire(undefined);
    }, 500);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const deals = this.deals;
      const byEntity = new Map<string, Deal[]>();
      for (const deal of deals) {
        for (const party of deal.parties) {
          if (!byEntity.has(party.name)) byEntity.set(party.name, []);
          byEntity.get(party.name)!.push(deal);
        }
      }
      return [...byEntity.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
        .map(([name, list]) => ({ kind: 'entity', name, deals: list }));
    }
    if (node.kind === 'entity') return node.deals.map((deal) => ({ kind: 'deal', deal, parent: node.name }));
    if (node.kind === 'deal') {
      const parent = `${node.parent}:${node.deal.parties.map((party) => party.id).join('+')}:${node.deal.kind}`;
      return node.deal.sources.map((source) => ({ kind: 'source', source, parent }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'entity') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${node.name}`;
      item.description = `${node.deals.length} deal${node.deals.length === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon('organization');
      return item;
    }
    if (node.kind === 'deal') {
      const { deal } = node;
      const item = new vscode.TreeItem(deal.parties.map((party) => party.name).join(' – '), vscode.TreeItemCollapsibleState.Collapsed);
      // Stable ids keep what a person expanded across refreshes (one deal shows under each of its parties).
      item.id = `deal:${node.parent}:${deal.parties.map((party) => party.id).join('+')}:${deal.kind}`;
      item.description = `${deal.kind}, ${deal.status}${deal.amount ? ` · ${deal.amount.text}` : ''}`;
      item.tooltip = `${deal.sources.length} source${deal.sources.length === 1 ? '' : 's'}`;
      // Screen readers (and the tests) hear the deal, not the tooltip.
      item.accessibilityInformation = { label: `${item.label}, ${item.description}, ${item.tooltip}` };
      item.iconPath = new vscode.ThemeIcon('briefcase');
      return item;
    }
    const { source } = node;
    const uri = vscode.Uri.parse(source.path);
    const item = new vscode.TreeItem(decodeURIComponent(uri.path.split('/').pop() ?? source.path), vscode.TreeItemCollapsibleState.None);
    item.id = `source:${node.parent}:${source.path}:${source.start}`;
    item.description = [source.outlet ? `per ${source.outlet}` : undefined, source.amount ? `“${source.amount}”` : undefined, source.status].filter(Boolean).join(', ');
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.command = { title: 'Open source', command: 'sorot.openOffset', arguments: [source.path, source.start, source.end] };
    return item;
  }
}

/** Opens a document with a range given as offsets (the server's units) selected. */
export async function openOffset(uri: string, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document);
  editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenter);
}
