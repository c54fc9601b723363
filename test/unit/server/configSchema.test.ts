// The schema of sorot.config.json: made from the extension's settings, and agreeing with the reader.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { CONFIG_SCHEMA_FILE, configSchemaText } from '../../../scripts/configSchema';
import { readProjectConfig } from '../../../server/src/projectConfig';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';

describe('the schema of sorot.config.json (issue 14)', () => {
  const schema = JSON.parse(fs.readFileSync(CONFIG_SCHEMA_FILE, 'utf8'));

  it('is the one made from the settings in package.json (run `npx tsx scripts/configSchema.ts` after changing them)', () => {
    assert.equal(fs.readFileSync(CONFIG_SCHEMA_FILE, 'utf8'), configSchemaText());
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', ...Object.keys(DEFAULT_SETTINGS), 'ignorePatterns'].sort());
  });

  it('accepts and refuses the files the configuration reader accepts and refuses', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-schema-'));
    fs.mkdirSync(path.join(folder, 'lexicons'));
    fs.writeFileSync(path.join(folder, 'lexicons', 'ours.json'), '{}');
    const configs = [
      {},
      { $schema: './node_modules/sorot/server/data/config.schema.json', files: ['articles/**/*.txt'], idrPerUsd: 16720, lexicon: 'lexicons/ours.json' },
      { severity: { 'figure.conflict': 'error', 'entity.misspelled': 'off' }, ignorePatterns: ['drafts/'], inlayHints: 'all', codeLens: 'off' },
      { rate: 16000 },
      { severity: { 'figure.conflict': 'loud' } },
      { severity: { 'figure.clash': 'error' } },
      { idrPerUsd: 16 },
      { files: 'articles' },
      { ignorePatterns: [1] },
      { codeLens: 'sometimes' },
    ];
    const verdicts = configs.map((config) => {
      const file = path.join(folder, 'sorot.config.json');
      fs.writeFileSync(file, JSON.stringify(config));
      return `${validate(config)} ${readProjectConfig(folder, file).problems.length === 0}`;
    });
    assert.deepEqual(verdicts, [...Array(3).fill('true true'), ...Array(7).fill('false false')]);
  });
});
