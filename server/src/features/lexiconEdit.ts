// The smallest edit that adds an item to a list of a workspace lexicon (`entities` or `ignore`), computed
// with jsonc-parser's `modify` from the text as it stands, so that the file's comments, formatting and any
// entry typed but not yet saved are kept. The VS Code client computes it from the document as the editor
// holds it (sorot.addToLexicon); other clients get it computed from the file on disk.

import { Edit, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';

export type LexiconList = 'entities' | 'ignore';

const FORMATTING = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** The edits (offsets into `text`) that append `item` to `list`; a whole new file when there is no text. */
export function lexiconInsertion(text: string | undefined, list: LexiconList, item: Record<string, unknown>): Edit[] {
  if (text === undefined || text.trim() === '') {
    const fresh = JSON.stringify(list === 'entities' ? { entities: [item] } : { entities: [], ignore: [item] }, null, 2) + '\n';
    return [{ offset: 0, length: text?.length ?? 0, content: fresh }];
  }
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const exists = root !== undefined && findNodeAtLocation(root, [list])?.type === 'array';
  return exists ? modify(text, [list, -1], item, { ...FORMATTING, isArrayInsertion: true }) : modify(text, [list], [item], FORMATTING);
}
