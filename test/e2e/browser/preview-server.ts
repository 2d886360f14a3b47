/** scripts/preview-server.js (CommonJS, no type declarations) as the tests see it. */
import * as path from 'path';
import { ROOT } from './preview-build';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

interface PreviewServerModule {
  startPreviewServer(options: {
    distDir: string;
    examplesDir?: string | null;
    port?: number;
    strictPort?: boolean;
  }): Promise<RunningServer>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const serverModule = require(path.join(ROOT, 'scripts', 'preview-server.js')) as PreviewServerModule;

/** Serves `distDir` (and the repository's examples/) on a free port of the loopback interface. */
export function servePreview(distDir: string): Promise<RunningServer> {
  return serverModule.startPreviewServer({ distDir, port: 0 });
}
