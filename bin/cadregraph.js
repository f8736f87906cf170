#!/usr/bin/env node
// Runs the compiled CLI; `npm ci` builds dist/ through the prepare script.
require('../dist/cli/index.js').main(process.argv);
