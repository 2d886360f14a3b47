// The one lint config `npm run lint` (`eslint .`) reads (ESLint 9 flat config; no .eslintrc).
// typescript-eslint's recommended rules everywhere, plus the Office idiom of
// eslint-plugin-office-addins on the add-in's code. Formatting is Prettier's job (.prettierrc.json).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

const nodeGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
};

export default defineConfig([
  { ignores: ['dist/**', 'dist-preview/**', 'lib/**', 'node_modules/**', 'out/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Known everywhere, so a test's `eslint-disable office-addins/…` comment names a real rule.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
  },
  {
    // Excel.run batches: load before read, sync before read, no sync per loop turn,
    // isNullObject instead of null checks (https://www.npmjs.com/package/eslint-plugin-office-addins).
    // Not on the ExcelJS host and the CLI (src/xlsx, src/cli): ExcelJS objects are plain, read
    // without load/sync, and the rules would flag every `cell.style`.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/xlsx/**', 'src/cli/**'],
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Node scripts and tool configs are CommonJS.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
]);
