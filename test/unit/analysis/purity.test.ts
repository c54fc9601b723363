// The analysis core is pure: text in, plain data out. This scans its imports so that it stays so.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ANALYSIS = path.join(__dirname, '..', '..', '..', 'server', 'src', 'analysis');
const FORBIDDEN = /^(?:node:)?(?:fs|path|process|child_process|os|net|http|https|worker_threads)(?:\/|$)|^vscode(?:-languageserver.*)?$|^vscode-languageclient/;

describe('the analysis core', () => {
  const files = fs.readdirSync(ANALYSIS).filter((name) => name.endsWith('.ts'));

  it('has modules to check', () => assert.ok(files.length >= 10, files.join(', ')));

  for (const file of files) {
    it(`${file} imports no I/O, process or editor module`, () => {
      const source = fs.readFileSync(path.join(ANALYSIS, file), 'utf8');
      const imports = [...source.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
      assert.deepEqual(imports.filter((name) => FORBIDDEN.test(name)), []);
      assert.doesNotMatch(source, /\bprocess\.|\brequire\(/, 'uses process or require directly');
    });
  }
});
