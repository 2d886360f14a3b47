/**
 * Every request a browser context makes, recorded, for the check that nothing leaves this
 * computer (SPEC §8: no network; the preview requests only its own files).
 */
import type { BrowserContext } from 'playwright-core';

export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** True for the loopback server, the page's own data: and blob: URLs (downloads, icons). */
export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    const { protocol, hostname } = new URL(url);
    return (
      (protocol === 'http:' || protocol === 'https:') &&
      ['localhost', '127.0.0.1', '[::1]'].includes(hostname)
    );
  } catch {
    return false;
  }
}
