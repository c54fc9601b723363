// textDocument/codeAction: fix a misspelled outlet or a slip of scale in a figure; add a name recognised from context to the
// workspace lexicon, as a new entity or as an alias of a known one from the same article; ignore a
// figure a reviewer has judged (the lexicon's `ignore` list). Lexicon edits go through jsonc-parser's
// `modify`, so the file's comments and formatting are kept, and each says what it did afterwards
// (LEXICON_CHANGED_COMMAND, with "Open Lexicon").

import { CodeAction, CodeActionKind, Diagnostic as LspDiagnostic, Range, TextEdit } from 'vscode-languageserver';
import { currentLocale, t, word } from '../messages';
import { EntityMention } from '../analysis/types';
import { fileName } from '../corpus/checks';
import { Workspace } from '../corpus/workspace';
import { PositionMap, positionsOf } from '../convert';
import { LexiconList, lexiconInsertion } from './lexiconEdit';

export interface LexiconFileState {
  uri: string;
  /** The file's text, or undefined when it does not exist yet. */
  text: string | undefined;
}

/**
 * The VS Code client's command that adds an item to the workspace lexicon as the editor holds it, saves
 * it, and says what it did with a button that opens the file.
 */
export const ADD_TO_LEXICON_COMMAND = 'sorot.addToLexicon';

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
  workspace: Workspace, uri: string, range: Range, diagnostics: readonly LspDiagnostic[], lexiconFile: LexiconFileState | undefined, clientEdits = false,
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
          ...lexiconFix(lexiconFile, 'ignore', { file: name, figure, code: String(diagnostic.code) }, t('done.ignore', { code: String(diagnostic.code), figure, file: name }), clientEdits),
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
      ...lexiconFix(lexiconFile, 'entities', { id: mention.id, name: mention.name, type: mention.type }, t('done.addEntity', { name: mention.name, type: typeWithArticle(mention.type) }), clientEdits),
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
      ...lexiconFix(lexiconFile, 'entities', { id: other.id, aliases: [mention.text] }, t('done.addAlias', { alias: mention.text, name: other.name }), clientEdits),
    });
  }
  return actions;
}

/**
 * How a lexicon quick fix adds its item: for a client that edits the lexicon itself (VS Code's, which
 * says so when it starts), a command that computes the edit from the document as the editor holds it;
 * for any other, the smallest edit of the file as on disk, never the whole file replaced.
 */
function lexiconFix(file: LexiconFileState, list: LexiconList, item: Record<string, unknown>, done: string, clientEdits: boolean): Pick<CodeAction, 'edit' | 'command'> {
  if (clientEdits) return { command: { title: done, command: ADD_TO_LEXICON_COMMAND, arguments: [file.uri, list, item, done] } };
  const edits = lexiconInsertion(file.text, list, item);
  const positions = new PositionMap(file.text ?? '');
  const textEdits = edits.map((edit) => TextEdit.replace({ start: positions.position(edit.offset), end: positions.position(edit.offset + edit.length) }, edit.content));
  if (file.text !== undefined) return { edit: { changes: { [file.uri]: textEdits } } };
  return { edit: { documentChanges: [{ kind: 'create', uri: file.uri, options: { ignoreIfExists: true } }, { textDocument: { uri: file.uri, version: null }, edits: textEdits }] } };
}

/** `an org`, `a person` in English; `organisasi`, `orang` in Indonesian, which has no articles. */
function typeWithArticle(type: string): string {
  const named = word('type', type);
  if (currentLocale() !== 'en') return named;
  return `${/^[aeiou]/.test(named) ? 'an' : 'a'} ${named}`;
}
