#!/usr/bin/env node
// The `sorot` command: runs the bundled CLI (built by `npm ci`, via the `prepare` script).
require('../dist/cli.js');
