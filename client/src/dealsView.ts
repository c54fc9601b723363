// The Deals view: the corpus-wide deal list from the server, grouped by entity (dealsTree.ts). Each
// deal shows its amount and status, lists its sources in its tooltip and as children, and sorts by
// date or amount; a source opens its sentence, and "Reveal in Article" opens a deal's first source.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { Deal, DealOrder, Node, childNodes, dealTooltip, entityNodes } from './dealsTree';

export class DealsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  private deals: Deal[] = [];
  private shown = '';
  private order: DealOrder = 'date';

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

  sortBy(order: DealOrder): void {
    this.order = order;
    void vscode.commands.executeCommand('setContext', 'sorot.dealOrder', order);
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    return node ? childNodes(node, this.order) : entityNodes(this.deals);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'entity') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = node.deals.length === 1 ? vscode.l10n.t('1 deal') : vscode.l10n.t('{0} deals', node.deals.length);
      item.iconPath = new vscode.ThemeIcon('organization');
      return item;
    }
    if (node.kind === 'deal') {
      const { deal } = node;
      const item = new vscode.TreeItem(deal.parties.map((party) => party.name).join(' – '), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = [deal.amount?.text, deal.status, deal.date ?? undefined].filter(Boolean).join(' · ');
      item.tooltip = dealTooltip(deal, fileName);
      item.contextValue = 'deal';
      // Screen readers (and the tests) hear the deal and its sources.
      item.accessibilityInformation = { label: `${item.label}, ${deal.kind}, ${item.description}, ${deal.sources.length === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', deal.sources.length)}` };
      item.iconPath = new vscode.ThemeIcon('briefcase');
      return item;
    }
    const { source } = node;
    const item = new vscode.TreeItem(fileName(source.path), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = [source.outlet ? vscode.l10n.t('per {0}', source.outlet) : undefined, source.amount ? `“${source.amount}”` : undefined, source.status].filter(Boolean).join(', ');
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.command = { title: vscode.l10n.t('Open source'), command: 'sorot.openOffset', arguments: [source.path, source.start, source.end] };
    return item;
  }
}

/** "Reveal in Article": a deal's first source, opened at its sentence. */
export function revealDeal(node: Node | undefined): Promise<void> | undefined {
  const source = node?.kind === 'deal' ? node.deal.sources[0] : node?.kind === 'source' ? node.source : undefined;
  return source ? openOffset(source.path, source.start, source.end) : undefined;
}

function fileName(path: string): string {
  return decodeURIComponent(vscode.Uri.parse(path).path.split('/').pop() ?? path);
}

/** Opens a document with a range given as offsets (the server's units) selected. */
export async function openOffset(uri: string, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document);
  editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenter);
}
