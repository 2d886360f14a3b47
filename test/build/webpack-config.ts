/** The project's webpack.config.js (a CommonJS file) as the tests see it. */
import * as path from 'path';
import type { Configuration } from 'webpack';

type ConfigFunction = (
  env: Record<string, unknown>,
  options: { mode: 'production' | 'development' },
) => Promise<Configuration>;

export const ROOT = path.join(__dirname, '..', '..');

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const webpackConfig = require(path.join(ROOT, 'webpack.config.js')) as ConfigFunction & {
  urlDev: string;
};
