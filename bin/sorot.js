#!/usr/bin/env node
// The `sorot` command. dist/ is built by `npm ci` (the `prepare` script) or `npm run build`.
require('../dist/cli.js').runFromCommandLine();
