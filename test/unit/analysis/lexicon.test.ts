import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import schema from '../../../server/data/lexicon.schema.json';
import { buildLexicon, builtinEntries, matchLexicon } from '../../../server/src/analysis/lexicon';
import { parseLexiconFile } from '../../../server/src/analysis/lexiconFile';
import { tokenize } from '../../../server/src/analysis/tokens';
import { lexiconFromText } from '../../../server/src/workspaceLexicon';

describe('the built-in lexicon', () => {
  const entries = builtinEntries();

  it('follows its schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate({ entities: entries }), JSON.stringify(validate.errors?.slice(0, 5)));
  });

  it('gives every id, name and alias to one entity only', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of entries) {
      for (const key of [`id:${entry.id}`, ...[entry.name, ...(entry.aliases ?? [])].map((alias) => `alias:${alias}`)]) {
        const owner = seen.get(key);
        if (owner && owner !== entry.id) clashes.push(`${key} (${owner}, ${entry.id})`);
        seen.set(key, entry.id);
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('refers only to entities it has', () => {
    const ids = new Set(entries.map((entry) => entry.id));
    const dangling = entries.flatMap((entry) =>
      [entry.parent, entry.affiliation, ...(entry.products ?? [])].filter((id) => id !== undefined && !ids.has(id)).map((id) => `${entry.id} → ${id}`));
    assert.deepEqual(dangling, []);
  });
});

describe('a workspace lexicon file', () => {
  const known = new Set(builtinEntries().map((entry) => entry.id));

  it('adds entities and aliases that the analysis then finds', () => {
    const { lexicon, issues } = lexiconFromText('.sorot/lexicon.json', JSON.stringify({
      entities: [
        { id: 'reka-ai', name: 'Reka AI', type: 'org', aliases: ['Reka'] },
        { id: 'openai', aliases: ['Open AI'] },
      ],
    }));
    assert.deepEqual(issues, []);
    const text = 'Reka dan Open AI bersaing.';
    const found = matchLexicon(lexicon, text, tokenize(text)).map((match) => `${text.slice(match.start, match.end)}=${match.entry.id}`);
    assert.deepEqual(found, ['Reka=reka-ai', 'Open AI=openai']);
  });

  it('reports a syntax error with its place and keeps the built-in lexicon', () => {
    const { issues, lexicon } = lexiconFromText('lex.json', '{\n  "entities": [\n    { "id": "a" "name": "A" }\n  ]\n}');
    assert.deepEqual(issues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`), ['3:17 JSON syntax: a comma is expected.']);
    assert.ok(lexicon.entries.has('openai'));
  });

  it('reports schema problems where they are and keeps the valid entries', () => {
    const text = [
      '{',
      '  // comments are allowed, as in VS Code settings',
      '  "entities": [',
      '    { "id": "Bad Id", "name": "X", "type": "org" },',
      '    { "id": "acme", "name": "Acme", "type": "company" },',
      '    { "id": "reka", "name": "Reka", "type": "org", "colour": "red" },',
      '    { "id": "nusa", "aliases": ["Nusa"] },',
      '    { "id": "kabar-sore", "name": "Kabar Sore", "type": "outlet" }',
      '  ]',
      '}',
    ].join('\n');
    const { patches, problems } = parseLexiconFile(text, known);
    assert.deepEqual(patches.map((patch) => patch.id), ['kabar-sore']);
    const place = (offset: number) => {
      const before = text.slice(0, offset).split('\n');
      return `${before.length}:${before[before.length - 1].length + 1}`;
    };
    assert.deepEqual(problems.map((problem) => `${place(problem.start)} ${problem.message}`), [
      '4:13 entities[0].id: must be a lowercase slug such as "acme-corp".',
      '5:45 entities[1].type: must be one of "org", "person", "product", "project", "outlet", "place".',
      '6:52 entities[2]: unknown property "colour".',
      '7:5 entities[3]: "nusa" is not a built-in entity, so it needs a "name" and a "type".',
    ]);
  });

  it('reads the figures a reviewer has judged, and reports a malformed one where it is', () => {
    const text = [
      '{',
      '  "entities": [],',
      '  "ignore": [',
      '    { "file": "reuters.txt", "figure": "$157 miliar", "code": "figure.conflict", "note": "another round" },',
      '    { "file": "bloomberg.txt", "figure": "$86 miliar", "code": "figure.loud" }',
      '  ]',
      '}',
    ].join('\n');
    const { ignored, problems } = parseLexiconFile(text, known);
    assert.deepEqual(ignored, [{ file: 'reuters.txt', figure: '$157 miliar', code: 'figure.conflict' }]);
    assert.deepEqual(problems.map((problem) => problem.message), ['ignore[1].code: must be one of "figure.conflict", "figure.slip", "figure.conversion".']);
  });

  it('reports a file that is not a lexicon at all', () => {
    assert.deepEqual(parseLexiconFile('[1, 2]', known).problems.map((problem) => problem.message), ['the file: must be object.']);
    assert.deepEqual(parseLexiconFile('', known).problems.map((problem) => problem.message), ['JSON syntax: a value is expected.']);
  });

  it('lets a user alias win over the built-in one', () => {
    const lexicon = buildLexicon(builtinEntries(), [{ id: 'reka', name: 'Reka', type: 'org', aliases: ['Amazon'] }]);
    const text = 'Amazon';
    assert.deepEqual(matchLexicon(lexicon, text, tokenize(text)).map((match) => match.entry.id).length, 1);
  });
});
