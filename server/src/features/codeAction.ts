// textDocument/codeAction: fix a misspelled outlet or a slip of scale in a figure; add a name recognised from context to the
// workspace lexicon, as a new entity or as an alias of a known one from the same article; ignore a
// figure a reviewer has judged (the lexicon's `ignore` list). Lexicon edits go through jsonc-parser's
// `modify`, so the file's comments and formatting are kept, and each says what it did afterwards
// (LEXICON_CHANGED_COMMAND, with "Open Lexicon").

import { CodeAction, CodeActionKind, Diagnostic as LspDiagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { currentLocale, t, word } from '../messages';
import { applyEdits, modify } from 'jsonc-parser';
import { slug } from '../analysis/entities';
import { EntityMention } from '../analysis/types';
import { fileName } from '../corpus/checks';
import { Workspace } from '../corpus/workspace';
import { PositionMap, positionsOf } from '../convert';

export interface LexiconFileState {
  uri: string;
  /** The file's text, or undefined when it does not exist yet. */
  text: string | undefined;
}

/** The client command that tells the reader what a lexicon edit did, with a button that opens the file. */
export const LEXICON_CHANGED_COMMAND = 'sorot.lexiconChanged';

/** The codes of problems about a figure, which a reviewer may judge and ignore. */
const FIGURE_CODES = new Set(['figure.conflict', 'figure.slip', 'figure.conversion']);

/** The preferred fix of a diagnostic: its range replaced with `replacement`. */
function replaceWith(uri: string, diagnostic: LspDiagnostic, replacement: string): CodeAction {
  return {
    title: t('action.change', { value: replacement }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [uri]: [TextEdit.replace(diagnostic.range, replacement)] } },
  };
}

export function provideCodeActions(
  workspace: Workspace, uri: string, range: Range, diagnostics: readonly LspDiagnostic[], lexiconFile: LexiconFileState | undefined,
): CodeAction[] {
  const document = workspace.get(uri);
  if (!document) return [];
  const text = workspace.textOf(uri);
  const positions = text === undefined ? positionsOf(document) : new PositionMap(text);
  const actions: CodeAction[] = [];

  for (const diagnostic of diagnostics) {
    const expected = (diagnostic.data as { expected?: string } | undefined)?.expected;
    if (diagnostic.code === 'figure.slip' && expected) {
      actions.push(replaceWith(uri, diagnostic, expected));
      continue;
    }
    if (diagnostic.code === 'entity.misspelled' && expected) {
      actions.push(replaceWith(uri, diagnostic, expected));
      continue;
    }
    if (FIGURE_CODES.has(String(diagnostic.code)) && lexiconFile) {
      const figure = text?.slice(positions.offset(diagnostic.range.start), positions.offset(diagnostic.range.end));
      if (figure) {
        const name = fileName(uri);
        actions.push({
          title: t('action.ignore', { figure, code: String(diagnostic.code) }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: lexiconEdit(lexiconFile, ['ignore'], { file: name, figure, code: String(diagnostic.code) }),
          command: { title: 'Figure ignored', command: LEXICON_CHANGED_COMMAND, arguments: [lexiconFile.uri, t('done.ignore', { code: String(diagnostic.code), figure, file: name })] },
        });
      }
    }
    if (diagnostic.code !== 'outlet.misspelled' || !expected) continue;
    const written = text?.slice(positions.offset(diagnostic.range.start), positions.offset(diagnostic.range.end)) ?? expected;
    // Keep the writer's choice of article: `Wall Street Jounral` becomes `Wall Street Journal`.
    const replacement = /^the\s/i.test(written) ? expected : expected.replace(/^The\s+/, '');
    actions.push(replaceWith(uri, diagnostic, replacement));
  }

  if (!lexiconFile) return actions;
  const start = positions.offset(range.start);
  const end = positions.offset(range.end);
  const mention = document.analysis.entities.find((candidate) => candidate.start <= end && start <= candidate.end);
  if (!mention || mention.source === 'lexicon') return actions;
  if (mention.source === 'context') {
    actions.push({
      title: t('action.addEntity', { name: mention.name, type: typeWithArticle(mention.type) }),
      kind: CodeActionKind.QuickFix,
      edit: lexiconEdit(lexiconFile, ['entities'], { id: mention.id, name: mention.name, type: mention.type }),
      command: { title: 'Name added', command: LEXICON_CHANGED_COMMAND, arguments: [lexiconFile.uri, t('done.addEntity', { name: mention.name, type: typeWithArticle(mention.type) })] },
    });
  }
  const known = new Map<string, EntityMention>();
  for (const other of document.analysis.entities) {
    if (other.source === 'lexicon' && other.type === mention.type && other.id !== mention.id && !known.has(other.id)) known.set(other.id, other);
  }
  for (const other of [...known.values()].slice(0, 5)) {
    actions.push({
      title: t('action.addAlias', { alias: mention.text, name: other.name }),
      kind: CodeActionKind.QuickFix,
      edit: lexiconEdit(lexiconFile, ['entities'], { id: other.id, aliases: [mention.text] }),
      command: { title: 'Alias added', command: LEXICON_CHANGED_COMMAND, arguments: [lexiconFile.uri, t('done.addAlias', { alias: mention.text, name: other.name })] },
    });
  }
  return actions;
}

/** An edit that appends `item` to a list of the lexicon file (`entities` or `ignore`), creating the file if need be. */
function lexiconEdit(file: LexiconFileState, [list]: ['entities' | 'ignore'], item: Record<string, unknown>): WorkspaceEdit {
  const formatting = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
  if (file.text === undefined) {
    const text = JSON.stringify(list === 'entities' ? { entities: [item] } : { entities: [], ignore: [item] }, null, 2) + '\n';
    return { documentChanges: [
      { kind: 'create', uri: file.uri, options: { ignoreIfExists: true } },
      { textDocument: { uri: file.uri, version: null }, edits: [TextEdit.insert({ line: 0, character: 0 }, text)] },
    ] };
  }
  const entry = list === 'entities' ? { ...item, id: item.id || slug(String(item.name ?? 'entity')) } : item;
  const edits = modify(file.text, [list, -1], entry, { ...formatting, isArrayInsertion: true });
  const updated = applyEdits(file.text, edits);
  const lines = file.text.split('\n');
  const endOfFile = { line: lines.length - 1, character: lines[lines.length - 1].length };
  return { changes: { [file.uri]: [TextEdit.replace({ start: { line: 0, character: 0 }, end: endOfFile }, updated)] } };
}

/** `an org`, `a person` in English; `organisasi`, `orang` in Indonesian, which has no articles. */
function typeWithArticle(type: string): string {
  const named = word('type', type);
  if (currentLocale() !== 'en') return named;
  return `${/^[aeiou]/.test(named) ? 'an' : 'a'} ${named}`;
}
