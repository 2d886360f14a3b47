#!/usr/bin/env node
// The command line (SPEC §9). The TypeScript is compiled to lib/ by `npm install` (prepare).
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    console.error(
      'internkontroll: the command line is not built yet. Run `npm run build:cli` (npm install does it).',
    );
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(`internkontroll: ${e && e.message ? e.message : e}`);
    process.exit(2);
  },
);
