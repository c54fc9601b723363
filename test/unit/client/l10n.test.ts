// The extension speaks English and Indonesian, following VS Code's display language: its manifest's
// texts (package.nls.json, package.nls.id.json) and the client's (vscode.l10n.t, l10n/bundle.l10n.id.json).
// Every text must exist in both languages, and no translation may outlive its text.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, name), 'utf8')) as Record<string, unknown>;

describe('the extension\'s languages', () => {
  it('has every manifest text the manifest names, in English and Indonesian', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const named = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((match) => match[1]).sort();
    const english = Object.keys(read('package.nls.json')).sort();
    const indonesian = Object.keys(read('package.nls.id.json')).sort();
    assert.deepEqual(english, [...new Set(named)].sort());
    assert.deepEqual(indonesian, english);
    // Translated, not copied.
    for (const [key, value] of Object.entries(read('package.nls.id.json'))) assert.ok(typeof value === 'string' && value.trim() && value !== read('package.nls.json')[key], key);
  });

  it('has an Indonesian text for every text the client shows, and none left over', () => {
    const source = fs.readdirSync(path.join(ROOT, 'client', 'src')).map((name) => fs.readFileSync(path.join(ROOT, 'client', 'src', name), 'utf8')).join('\n');
    const shown = new Set([...source.matchAll(/vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map((match) => match[1]));
    assert.ok(shown.size > 10, `${shown.size} texts`);
    const translated = Object.keys(read('l10n/bundle.l10n.id.json'));
    assert.deepEqual([...shown].filter((text) => !translated.includes(text)), [], 'texts without a translation');
    assert.deepEqual(translated.filter((text) => !shown.has(text)), [], 'translations of no text');
    // A placeholder in a text is in its translation too.
    for (const text of shown) {
      const placeholders = (value: string) => (value.match(/\{\d\}/g) ?? []).sort().join();
      assert.equal(placeholders(String(read('l10n/bundle.l10n.id.json')[text])), placeholders(text), text);
    }
  });
});
