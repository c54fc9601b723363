#!/usr/bin/env node
// The Sorot language server, for any LSP client: `sorot-language-server --stdio`.
require('../dist/server.js');
