/** Builds the preview (webpack.preview.config.js) through webpack's Node API into a folder of the test's. */
import * as path from 'path';
import webpack, { type Configuration, type Stats } from 'webpack';

export const ROOT = path.join(__dirname, '..', '..', '..');

type PreviewConfig = (
  env: Record<string, unknown>,
  options: { mode: 'production' | 'development' },
) => Configuration;

export async function buildPreview(outputPath: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.preview.config.js')) as PreviewConfig;
  const config = makeConfig({}, { mode: 'production' });
  config.output = { ...config.output, path: outputPath };
  config.infrastructureLogging = { level: 'error' };
  const stats = await new Promise<Stats>((resolve, reject) =>
    webpack(config, (error, result) =>
      error || !result ? reject(error ?? new Error('webpack gave no stats')) : resolve(result),
    ),
  );
  const errors = stats.toJson({ all: false, errors: true }).errors ?? [];
  if (errors.length) throw new Error(`The preview build failed:\n${errors.map((e) => e.message).join('\n')}`);
}
