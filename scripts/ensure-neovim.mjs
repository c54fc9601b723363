// `npm test` runs Neovim as a second LSP client. On a fresh Debian machine it is not there yet:
// install it (Debian's package), saying so. Elsewhere, say what to install; the test then fails with
// the same message rather than being skipped.
import { spawnSync } from 'node:child_process';

const found = spawnSync('nvim', ['--version'], { stdio: 'ignore' });
if (found.error) {
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (apt) {
    console.error('sorot: installing Neovim (Debian package neovim) for the second-client protocol test…');
    const sudo = root ? '' : 'sudo ';
    const install = spawnSync('sh', ['-c', `${sudo}apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq neovim >/dev/null`], { stdio: 'inherit' });
    if (install.status !== 0) console.error('sorot: could not install neovim; install it (apt-get install neovim) and run npm test again.');
  } else {
    console.error('sorot: Neovim is not installed; the second-client protocol test needs it (e.g. apt-get install neovim).');
  }
}
