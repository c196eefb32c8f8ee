/**
 * The local emulator's HTTP front: `POST /fn/<name>` runs a cloud function's handler with the
 * caller's openid from `x-openid`, exactly as the cloud entry would with the WeChat context. The
 * development endpoints (backend/dev-server/dev-routes.ts) are served only when asked for.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { ErrorCode } from '../../miniprogram/shared/errors';
import type { FunctionDef } from '../handlers/framework/define';
import { dispatch } from '../handlers/framework/dispatch';
import { cleanFilePath, type LocalFiles } from '../adapters/local/local-files';
import type { LocalPorts } from '../adapters/local/ports';
import type { Ports } from '../ports';
import type { MovableClock } from '../adapters/movable-clock';
import { devRoutes, type Route } from './dev-routes';
import { allowLocalOrigins, BodyTooLarge, readBody, refuse, sendJson, statusOf } from './http-io';

export interface ServerOptions {
  functions: Record<string, FunctionDef>;
  ports: LocalPorts;
  /** Folders served under /files/, first match wins. */
  fileRoots: string[];
  /** The clock `/dev/clock` moves (the one in `ports`); without it the route is absent. */
  clock?: MovableClock;
  /** Extra routes (dev endpoints of later features): return true when handled. */
  extraRoutes?: Route[];
  /** Serve `/dev/*` (timers, sandbox payment, outbox): development only, off unless true. */
  devEndpoints?: boolean;
}

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

const CONTENT_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
};

async function callFunction(req: IncomingMessage, res: ServerResponse, fn: FunctionDef, ports: Ports): Promise<void> {
  const header = req.headers['x-openid'];
  const openid = typeof header === 'string' && header.length > 0 ? header : null;
  if (openid !== null && !OPENID.test(openid)) return refuse(res, ErrorCode.UNAUTHENTICATED, '身份标识格式不正确');
  let event: unknown;
  try {
    event = JSON.parse(await readBody(req));
  } catch (e) {
    if (e instanceof BodyTooLarge) return refuse(res, ErrorCode.VALIDATION_FAILED, '请求内容过大');
    return refuse(res, ErrorCode.VALIDATION_FAILED, '请求内容不是有效的 JSON');
  }
  const requestIdHeader = req.headers['x-request-id'];
  const requestId = typeof requestIdHeader === 'string' && OPENID.test(requestIdHeader) ? requestIdHeader : randomUUID();
  const envelope = await dispatch(fn, event, { openid, requestId }, ports);
  sendJson(res, statusOf(envelope), envelope);
}

/** The request's address, or null when it is not one (bad host part, bad percent-encoding). */
function parseAddress(raw: string | undefined): { url: URL; path: string } | null {
  try {
    const url = new URL(raw ?? '/', 'http://127.0.0.1');
    return { url, path: decodeURIComponent(url.pathname) };
  } catch {
    return null;
  }
}

/**
 * A stored or demo file. A private path (backend/private-files.ts) is served only with a valid,
 * unexpired signature from the Files port; anything else for it is 404, like a missing file.
 */
async function serveFile(res: ServerResponse, files: LocalFiles, roots: string[], path: string, query: URLSearchParams): Promise<boolean> {
  if (path.includes('\0')) return false;
  const clean = cleanFilePath(path);
  if (!files.mayServe(clean, query)) return false;
  for (const root of roots) {
    const full = join(root, clean);
    if (!full.startsWith(root + sep)) continue;
    const info = await stat(full).catch(() => null);
    if (!info || !info.isFile()) continue;
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(full)] ?? 'application/octet-stream', 'content-length': info.size });
    createReadStream(full).pipe(res);
    return true;
  }
  return false;
}

export function createEmulator(options: ServerOptions): Server {
  const { functions, ports } = options;
  const routes = [...(options.devEndpoints ? [devRoutes(functions, ports, options.clock)] : []), ...(options.extraRoutes ?? [])];
  return createServer((req, res) => {
    allowLocalOrigins(req, res);
    const address = parseAddress(req.url);
    if (!address) return refuse(res, ErrorCode.VALIDATION_FAILED, '地址格式不正确');
    const { url, path } = address;
    const route = async (): Promise<void> => {
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      const fnMatch = /^\/fn\/([A-Za-z0-9_-]+)$/.exec(url.pathname);
      if (fnMatch) {
        if (req.method !== 'POST') return refuse(res, ErrorCode.VALIDATION_FAILED, '请使用 POST');
        const fn = Object.prototype.hasOwnProperty.call(functions, fnMatch[1]) ? functions[fnMatch[1]] : undefined;
        if (!fn) return refuse(res, ErrorCode.NOT_FOUND, '云函数不存在');
        return callFunction(req, res, fn, ports);
      }
      if (url.pathname === '/health') return sendJson(res, 200, { ok: true, data: { status: 'up' } });
      if (url.pathname.startsWith('/files/') && req.method === 'GET') {
        if (await serveFile(res, ports.files, options.fileRoots, path.slice('/files/'.length), url.searchParams)) return;
      }
      for (const extra of routes) if (await extra(req, res, url)) return;
      refuse(res, ErrorCode.NOT_FOUND, '地址不存在');
    };
    route().catch((e: unknown) => {
      ports.logger.error('emulator route failed', { path: url.pathname, error: e instanceof Error ? e.message : String(e) });
      if (!res.headersSent) refuse(res, ErrorCode.INTERNAL);
    });
  });
}
