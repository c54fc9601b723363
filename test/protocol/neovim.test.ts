// A second, real LSP client: headless Neovim's built-in client shows the hover, jumps to a
// definition and receives the diagnostics. CI installs Debian's neovim; without it this fails,
// it is never skipped.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SERVER } from '../support/lspProcess';
import { VALUATION_REPORTS } from '../support/valuationReports';

const CORPUS = path.join(__dirname, '..', '..', 'corpus');

describe('Neovim as a client of the language server', function () {
  this.timeout(60000);

  it('shows the hover, jumps to a definition and receives the diagnostics', () => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(version.error, undefined, 'nvim is not installed (apt-get install neovim); .ci/run installs it');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-nvim-'));
    fs.cpSync(CORPUS, path.join(folder, 'corpus'), { recursive: true });
    for (const [name, content] of Object.entries(VALUATION_REPORTS)) fs.writeFileSync(path.join(folder, 'corpus', name), content);
    const result = path.join(folder, 'result.json');
    const file = path.join(folder, 'corpus', 'reuters.txt');
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-u', 'NONE', '-c', `luafile ${path.join(__dirname, '..', 'neovim', 'lsp.lua')}`], {
      env: { ...process.env, SOROT_SERVER: SERVER, SOROT_ROOT: folder, SOROT_FILE: file, SOROT_RESULT: result, SOROT_FIGURE: '$157 miliar' },
      encoding: 'utf8', timeout: 50000,
    });
    assert.ok(fs.existsSync(result), `Neovim wrote no result: ${run.stderr || run.stdout}`);
    const { diagnostics, hover, definition } = JSON.parse(fs.readFileSync(result, 'utf8'));
    assert.deepEqual(diagnostics.map((diagnostic: { code: string; line: number }) => `${diagnostic.code}@${diagnostic.line}`), ['figure.conflict@0']);
    assert.match(hover, /\*\*US\$157 miliar\*\*/);
    assert.match(definition, /000_b55f8b8f8f646a99\.txt:0$/);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
