// The VS Code extension: starts the Sorot language server for news articles, and adds what LSP has
// no words for: the Deals view, the status bar item, and the commands (check the corpus, show deals,
// restart the server, show references from a code lens). In an untrusted workspace the server runs
// in restricted mode: the workspace's own lexicon file is not read.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { DealsView, openOffset, revealDeal } from './dealsView';
import { LexiconList, lexiconInsertion } from '../../server/src/features/lexiconEdit';

let client: LanguageClient | undefined;

interface Status {
  state: 'starting' | 'indexing' | 'ready';
  articles: number;
  /** When ready: how many diagnostics the corpus has. */
  diagnostics?: number;
  /** While indexing: articles read of those found. */
  indexed?: number;
  total?: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.name = 'Sorot';
  status.command = 'sorot.statusMenu';
  status.text = `$(sync~spin) ${vscode.l10n.t('Sorot: starting…')}`;
  status.show();
  context.subscriptions.push(status);

  const deals = new DealsView(() => client);
  context.subscriptions.push(vscode.window.registerTreeDataProvider('sorot.deals', deals));

  client = createClient(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('sorot.checkCorpus', () => vscode.commands.executeCommand('workbench.actions.view.problems')),
    vscode.commands.registerCommand('sorot.showDeals', async () => {
      await vscode.commands.executeCommand('sorot.deals.focus');
      deals.refresh();
    }),
    vscode.commands.registerCommand('sorot.restartServer', async () => {
      status.text = `$(sync~spin) ${vscode.l10n.t('Sorot: restarting…')}`;
      await client?.restart();
    }),
    vscode.commands.registerCommand('sorot.showReferences', (uri: string, position: { line: number; character: number }, locations: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]) =>
      vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), new vscode.Position(position.line, position.character),
        locations.map((location) => new vscode.Location(vscode.Uri.parse(location.uri), new vscode.Range(
          location.range.start.line, location.range.start.character, location.range.end.line, location.range.end.character))))),
    vscode.commands.registerCommand('sorot.openOffset', openOffset),
    vscode.commands.registerCommand('sorot.toggleConvertedValues', toggleConvertedValues),
    vscode.commands.registerCommand('sorot.statusMenu', statusMenu),
    vscode.commands.registerCommand('sorot.addToLexicon', addToLexicon),
    vscode.commands.registerCommand('sorot.showFactHistory', showFactHistory),
    vscode.commands.registerCommand('sorot.deals.sortByAmount', () => deals.sortBy('amount')),
    vscode.commands.registerCommand('sorot.deals.sortByDate', () => deals.sortBy('date')),
    vscode.commands.registerCommand('sorot.deals.reveal', revealDeal),
    vscode.workspace.onDidGrantWorkspaceTrust(() => client?.restart()),
  );
  context.subscriptions.push(client.onNotification('sorot/status', (update: Status) => {
    status.text = update.state === 'ready'
      ? `$(eye) ${update.articles === 1 ? vscode.l10n.t('Sorot: 1 article') : vscode.l10n.t('Sorot: {0} articles', update.articles)} · ${update.diagnostics === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', update.diagnostics ?? 0)}`
      : update.total !== undefined
        ? `$(sync~spin) Sorot: ${(update.indexed ?? 0).toLocaleString(vscode.env.language)} / ${update.total.toLocaleString(vscode.env.language)}`
        : `$(sync~spin) ${vscode.l10n.t('Sorot: indexing…')}`;
    status.tooltip = update.state === 'ready' ? vscode.l10n.t('Sorot: check the corpus, show deals, toggle converted values, restart') : vscode.l10n.t('Sorot: reading the articles of the workspace');
    deals.refresh();
  }));
  await client.start();
}

/**
 * A lexicon quick fix: adds the item to the workspace lexicon as the editor holds it (entries typed and
 * not yet saved are kept: the edit is the smallest one, computed from that text), saves the file so that
 * the server reads it at once, and says what was done, with a button that opens the file.
 */
async function addToLexicon(uri: string, list: LexiconList, item: Record<string, unknown>, message: string): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (!exists) await vscode.workspace.fs.writeFile(target, new Uint8Array());
  const document = await vscode.workspace.openTextDocument(target);
  const edit = new vscode.WorkspaceEdit();
  for (const change of lexiconInsertion(document.getText(), list, item)) {
    edit.replace(target, new vscode.Range(document.positionAt(change.offset), document.positionAt(change.offset + change.length)), change.content);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Sorot: the workspace lexicon could not be changed.'));
    return;
  }
  await document.save();
  const open = vscode.l10n.t('Open Lexicon');
  const choice = await vscode.window.showInformationMessage(message, open);
  if (choice === open) await vscode.window.showTextDocument(document);
}

/** The status bar item's menu: what a reader most often wants from Sorot. */
async function statusMenu(): Promise<void> {
  const items: (vscode.QuickPickItem & { command: string })[] = [
    { label: `$(checklist) ${vscode.l10n.t('Check Corpus')}`, description: vscode.l10n.t('the Problems panel'), command: 'sorot.checkCorpus' },
    { label: `$(briefcase) ${vscode.l10n.t('Show Deals')}`, command: 'sorot.showDeals' },
    { label: `$(eye) ${vscode.l10n.t('Toggle Converted Values')}`, description: vscode.l10n.t('the values in the other currency beside figures'), command: 'sorot.toggleConvertedValues' },
    { label: `$(debug-restart) ${vscode.l10n.t('Restart Server')}`, command: 'sorot.restartServer' },
  ];
  const chosen = await vscode.window.showQuickPick(items, { title: 'Sorot' });
  if (chosen) await vscode.commands.executeCommand(chosen.command);
}

interface FactHistoryItem extends vscode.QuickPickItem { uri: string; start: number; end: number }

/** "Open fact history": every figure for the fact across the corpus, in time order; the one chosen opens. */
async function showFactHistory(key: string): Promise<void> {
  const items = await client?.sendRequest<FactHistoryItem[]>('sorot/factHistory', key);
  if (!items?.length) return;
  const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Sorot: fact history ({0} figures)', items.length), matchOnDescription: true });
  if (chosen) await openOffset(chosen.uri, chosen.start, chosen.end);
}

/**
 * Switches the converted values off, or back to what they were (`unconverted` if they were never set),
 * in the workspace's settings when a folder is open; the server hears of the change and redraws.
 */
let convertedBefore: string | undefined;
async function toggleConvertedValues(): Promise<void> {
  const configuration = vscode.workspace.getConfiguration('sorot');
  const current = String(configuration.get('inlayHints', 'unconverted'));
  const next = current === 'off' || current === 'false' ? convertedBefore ?? 'unconverted' : 'off';
  if (next === 'off') convertedBefore = current === 'true' ? 'unconverted' : current;
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await configuration.update('inlayHints', next, target);
  void vscode.window.setStatusBarMessage(next === 'off' ? vscode.l10n.t('Sorot: converted values hidden') : vscode.l10n.t('Sorot: converted values shown ({0})', next), 3000);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'news-article' }],
    // Hovers link to these commands (Show all, Reveal in Deals, Open fact history); no other command runs from a hover.
    markdown: { isTrusted: { enabledCommands: ['sorot.showReferences', 'sorot.showDeals', 'sorot.showFactHistory'] } },
    // The workspace's storage keeps analyses between sessions, so a reopened archive is ready at once.
    initializationOptions: { trusted: vscode.workspace.isTrusted, cacheDirectory: (context.storageUri ?? context.globalStorageUri).fsPath, lexiconEdits: 'client' },
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.txt'),
        vscode.workspace.createFileSystemWatcher('**/.sorot/*.json'),
        vscode.workspace.createFileSystemWatcher('**/sorot.config.json'),
      ],
    },
  };
  return new LanguageClient('sorot', 'Sorot', serverOptions, clientOptions);
}
