#!/usr/bin/env node
// The checker's entry point; the code lives in lib/scan (compiled with the library).
require('../lib/scan/cli').main(process.argv.slice(2)).then(code => { process.exitCode = code; });
