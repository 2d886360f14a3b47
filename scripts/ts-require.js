/**
 * Lets the benchmark scripts require the TypeScript sources (src/ and the typed Excel fake in
 * test/fake-excel) directly: each .ts file is transpiled on load with the project's own
 * TypeScript compiler (no type check: `npm run typecheck` does that).
 */
const fs = require('fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  module._compile(outputText, filename);
};
