// Answers to requests on a document, kept while nothing they read has changed (the document's analysis
// and the rest of the index: Workspace.revision). While a long article is typed in, its requests are
// answered from its last analysis (session.ts), so the editor's requests at each keystroke get the same
// answers: they are made once, not at every keystroke.

import { IndexedDocument, Workspace } from '../corpus/workspace';

const kept = new WeakMap<IndexedDocument, Map<string, { revision: number; answer: unknown }>>();

/** The answer `key` (a request and its options) for the document, made by `answer` if not kept. */
export function keptAnswer<T>(workspace: Workspace, document: IndexedDocument, key: string, answer: () => T): T {
  let answers = kept.get(document);
  if (!answers) kept.set(document, (answers = new Map()));
  const found = answers.get(key);
  if (found?.revision === workspace.revision) return found.answer as T;
  const made = answer();
  answers.set(key, { revision: workspace.revision, answer: made });
  return made;
}
