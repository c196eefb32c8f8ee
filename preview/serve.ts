/**
 * Serves the built preview (preview/dist) at /preview/ on the emulator — same origin as /fn/, so
 * the app's requests need no CORS. Plugged in through the emulator's `extraRoutes`.
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { PREVIEW_DIST } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
  '.mp3': 'audio/mpeg',
};

export type ExtraRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export function previewRoute(dir: string = PREVIEW_DIST): ExtraRoute {
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (url.pathname === '/preview') {
      res.writeHead(302, { location: `/preview/${url.search}` }).end();
      return true;
    }
    if (!url.pathname.startsWith('/preview/')) return false;
    if (!existsSync(join(dir, 'index.html'))) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end('The preview is not built: run `npx tsx preview/build.ts` (npm start does it).\n');
      return true;
    }
    let rel = decodeURIComponent(url.pathname.slice('/preview/'.length)) || 'index.html';
    rel = normalize(rel).replace(/^(\.\.(\/|\\|$))+/, '');
    const file = join(dir, rel);
    if (!file.startsWith(dir + sep) && file !== dir) return false;
    const info = await stat(file).catch(() => null);
    if (!info || !info.isFile()) return false;
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size, 'cache-control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}
