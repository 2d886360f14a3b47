/**
 * npm run test:e2e — real software: the task pane (preview) in real Chromium driven by
 * playwright-core, and the CLI's workbooks in LibreOffice Calc. Needs /usr/bin/chromium (or
 * CHROME_PATH), libreoffice and pdftoppm; .ci/run installs them with apt-get.
 * @type {import('jest').Config}
 */
module.exports = {
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  testEnvironment: 'node',
  testTimeout: 300000,
  maxWorkers: 1,
};
