// The npm package (issue 14): `npm pack` gives a package that a newsroom's own repository installs
// (`npm install --save-dev sorot-0.1.0.tgz`, no network needed: everything is bundled) and that runs
// `sorot` and `sorot-language-server` there, in a folder that has nothing else.

import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { VALUATION_REPORTS } from '../support/valuationReports';

const ROOT = path.join(__dirname, '..', '..');

describe('the npm package', function () {
  this.timeout(240000);
  let work: string;
  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-package-'));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('packs, installs into an empty folder without the network, and runs sorot and sorot-language-server there', async () => {
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
    const files = execFileSync('tar', ['tzf', path.join(work, tarball)], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(files.filter((file) => !/^package\/(dist\/(cli|server|analysisWorker)\.js|bin\/.*|server\/data\/(lexicon|config)\.schema\.json|package\.json|README\.md|LICENSE|dist\/readme\.md)$/.test(file)), []);

    const newsroom = path.join(work, 'newsroom');
    fs.mkdirSync(path.join(newsroom, 'articles'), { recursive: true });
    fs.writeFileSync(path.join(newsroom, 'package.json'), JSON.stringify({ name: 'newsroom', private: true }));
    for (const [name, text] of Object.entries(VALUATION_REPORTS)) fs.writeFileSync(path.join(newsroom, 'articles', name), text);
    execFileSync('npm', ['install', '--save-dev', '--offline', '--no-audit', '--no-fund', '--silent', path.join(work, tarball)], { cwd: newsroom, stdio: 'pipe' });
    assert.match(fs.readFileSync(path.join(newsroom, 'package.json'), 'utf8'), /"sorot":\s*"file:/);

    const check = spawnSync('npx', ['--no-install', 'sorot', 'check', 'articles'], { cwd: newsroom, encoding: 'utf8' });
    assert.equal(check.status, 1, check.stderr);
    assert.match(check.stdout, /^articles\/bloomberg\.txt:1:82: warning figure\.conflict: OpenAI's valuation/m);
    assert.match(check.stderr, /2 articles checked: 0 errors, 2 warnings/);
    // A configuration naming the installed package's schema, as the README shows, is read.
    assert.ok(files.includes('package/server/data/config.schema.json'));
    fs.writeFileSync(path.join(newsroom, 'sorot.config.json'), '{ "$schema": "./node_modules/sorot/server/data/config.schema.json", "severity": { "figure.conflict": "error" } }');
    assert.ok(fs.existsSync(path.join(newsroom, 'node_modules', 'sorot', 'server', 'data', 'config.schema.json')));
    const strict = spawnSync('npx', ['--no-install', 'sorot', 'check', 'articles'], { cwd: newsroom, encoding: 'utf8' });
    assert.match(strict.stderr, /2 articles checked: 2 errors, 0 warnings/);

    // The language server answers `initialize` over stdio, then shuts down and exits when asked.
    const server = spawn('npx', ['--no-install', 'sorot-language-server', '--stdio'], { cwd: newsroom });
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    let stdout = '';
    const answered = new Promise<void>((resolve) => server.stdout.on('data', (data) => {
      stdout += data;
      if (stdout.includes('"serverInfo"')) resolve();
    }));
    server.stdin.write(lspMessage({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    await answered;
    assert.match(stdout, /"serverInfo":\{"name":"sorot-language-server"/);
    server.stdin.write(lspMessage({ jsonrpc: '2.0', id: 2, method: 'shutdown' }) + lspMessage({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await exited, 0);
  });
});

/** An LSP message as a client writes it on stdin: its Content-Length header, then its JSON. */
function lspMessage(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}
