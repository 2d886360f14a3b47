/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': 'office-addin-manifest/lib/officeApp.js',
  },
  testEnvironment: 'node',
  testTimeout: 60000,
};
