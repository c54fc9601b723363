// A workspace lexicon file (`.sorot/lexicon.json`) read from its text: entries to merge into the
// built-in lexicon, and problems with the offsets they refer to, so a person can find them. A broken
// entry is reported and skipped; every valid entry is still used. Nothing here reads the file.
//
// jsonc-parser gives a tolerant parse with offsets for every node (and allows comments, as VS Code's
// own settings files do); Ajv checks the entries against the same schema the built-in files follow.

import Ajv, { ErrorObject } from 'ajv';
import { Node, ParseError, findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import schema from '../../data/lexicon.schema.json';
import { LexiconEntry, LexiconPatch } from './lexicon';

export interface LexiconFileProblem {
  start: number;
  end: number;
  message: string;
}

/** A figure a reviewer has judged: its problems of `code` are no longer reported. */
export interface IgnoredFigure {
  file: string;
  figure: string;
  code: string;
}

export interface LexiconFile {
  patches: LexiconPatch[];
  problems: LexiconFileProblem[];
  ignored: IgnoredFigure[];
}

/** How deep objects and arrays may nest in a lexicon file; a real one needs four levels. */
const MAX_DEPTH = 64;

/** Where the text's objects and arrays first nest deeper than `limit`, outside strings and comments, or -1. */
export function deeperThan(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92 /* \\ */) i++;
    } else if (code === 47 /* / */ && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (code === 47 && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 1;
    } else if (code === 123 /* { */ || code === 91 /* [ */) {
      if (++depth > limit) return i;
    } else if (code === 125 /* } */ || code === 93 /* ] */) {
      depth--;
    }
  }
  return -1;
}

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/**
 * Reads a lexicon file's text. `knownIds` are the ids the file may extend without restating
 * their name and type (the built-in lexicon's).
 */
export function parseLexiconFile(text: string, knownIds: ReadonlySet<string>): LexiconFile {
  const problems: LexiconFileProblem[] = [];
  // A parser that recurses would overflow its stack on `[[[[…` ten thousand deep: such a file is refused first.
  const tooDeep = deeperThan(text, MAX_DEPTH);
  if (tooDeep !== -1) {
    return { patches: [], problems: [{ start: tooDeep, end: tooDeep + 1, message: `the file: nested more than ${MAX_DEPTH} levels deep; not used.` }], ignored: [] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) {
    problems.push({ start: error.offset, end: error.offset + error.length, message: describeParseError(error) });
  }
  if (!root || errors.length > 0) return { patches: [], problems, ignored: [] };

  const value = nodeValue(root);
  const invalidEntities = new Set<number>();
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      const path = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      if (path[0] === 'entities' && typeof path[1] === 'number') invalidEntities.add(path[1]);
      const node = nodeAt(root, path, error);
      problems.push({ start: node.offset, end: node.offset + node.length, message: describeSchemaError(error) });
    }
  }
  const entities: unknown[] = isRecord(value) && Array.isArray(value.entities) ? value.entities : [];
  if (!isRecord(value) || !Array.isArray(value.entities)) return { patches: [], problems, ignored: [] };
  const invalidIgnores = new Set((validate.errors ?? []).map((error) => /^\/ignore\/(\d+)/.exec(error.instancePath)?.[1]).filter(Boolean).map(Number));
  const ignored = (Array.isArray(value.ignore) ? value.ignore : [])
    .filter((item, index): item is IgnoredFigure => !invalidIgnores.has(index) && isRecord(item) && typeof item.file === 'string' && typeof item.figure === 'string' && typeof item.code === 'string')
    .map(({ file, figure, code }) => ({ file, figure, code }));

  const patches: LexiconPatch[] = [];
  entities.forEach((entity, index) => {
    if (invalidEntities.has(index)) return;
    const patch = entity as LexiconPatch;
    if (!knownIds.has(patch.id) && (!patch.name || !patch.type)) {
      const node = findNodeAtLocation(root, ['entities', index]) ?? root;
      problems.push({
        start: node.offset,
        end: node.offset + node.length,
        message: `entities[${index}]: "${patch.id}" is not a built-in entity, so it needs a "name" and a "type".`,
      });
      return;
    }
    patches.push(patch);
  });
  return { patches, problems, ignored };
}

/** The entries of a file that are whole entities, for tools that list them. */
export function wholeEntries(patches: readonly LexiconPatch[]): LexiconEntry[] {
  return patches.filter((patch): patch is LexiconEntry => Boolean(patch.name && patch.type));
}

function describeParseError(error: ParseError): string {
  const names: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'a property name in double quotes is expected',
    ValueExpected: 'a value is expected',
    ColonExpected: 'a colon is expected',
    CommaExpected: 'a comma is expected',
    CloseBraceExpected: 'a closing brace } is expected',
    CloseBracketExpected: 'a closing bracket ] is expected',
    EndOfFileExpected: 'nothing more is expected here',
    InvalidCommentToken: 'malformed comment',
    UnexpectedEndOfComment: 'the comment is not closed',
    UnexpectedEndOfString: 'the string is not closed',
    UnexpectedEndOfNumber: 'the number is cut off',
    InvalidUnicode: 'malformed unicode escape',
    InvalidEscapeCharacter: 'malformed escape character',
    InvalidCharacter: 'invalid character in a string',
  };
  const code = printParseErrorCode(error.error);
  return `JSON syntax: ${names[code] ?? code}.`;
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.') : 'the file';
  const place = where.replace(/^(\w+)\[/, '$1[').replace(/^entities\./, 'entities');
  switch (error.keyword) {
    case 'additionalProperties':
      return `${place}: unknown property "${(error.params as { additionalProperty: string }).additionalProperty}".`;
    case 'enum':
      return `${place}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'pattern':
      return `${place}: must be a lowercase slug such as "acme-corp".`;
    case 'required':
      return `${place}: "${(error.params as { missingProperty: string }).missingProperty}" is required.`;
    default:
      return `${place}: ${error.message ?? 'invalid'}.`;
  }
}

function nodeAt(root: Node, path: (string | number)[], error: ErrorObject): Node {
  if (error.keyword === 'additionalProperties') {
    const property = (error.params as { additionalProperty: string }).additionalProperty;
    const owner = findNodeAtLocation(root, path);
    const key = owner?.children?.find((child) => child.children?.[0]?.value === property)?.children?.[0];
    if (key) return key;
  }
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node) return node;
  }
  return root;
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) object[String(key.value)] = nodeValue(value);
      }
      return object;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
