/**
 * The local emulator's HTTP front: `POST /fn/<name>` runs a cloud function's handler with the
 * caller's openid from `x-openid`, exactly as the cloud entry would with the WeChat context.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { ErrorCode, errorMessages, httpStatusOf } from '../../miniprogram/shared/errors';
import type { Envelope } from '../../miniprogram/shared/envelope';
import type { FunctionDef } from '../handlers/framework/define';
import { dispatch, runTimer } from '../handlers/framework/dispatch';
import type { LocalPorts } from '../adapters/local/ports';
import type { Ports } from '../ports';
import type { MovableClock } from '../adapters/movable-clock';
import { devClock } from './dev-clock';
import { devPay } from './dev-pay';
import { allowLocalOrigins, BodyTooLarge, readBody, sendJson } from './http-io';

export interface ServerOptions {
  functions: Record<string, FunctionDef>;
  ports: LocalPorts;
  /** Folders served under /files/, first match wins. */
  fileRoots: string[];
  /** The clock `/dev/clock` moves (the one in `ports`); without it the route is absent. */
  clock?: MovableClock;
  /** Extra routes (dev endpoints of later features): return true when handled. */
  extraRoutes?: Array<(req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>>;
}

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

const CONTENT_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
};

export function statusOf(envelope: Envelope<unknown>): number {
  return envelope.ok ? 200 : httpStatusOf[envelope.error.code];
}

function refuse(res: ServerResponse, code: ErrorCode, message?: string): void {
  sendJson(res, httpStatusOf[code], { ok: false, error: { code, message: message ?? errorMessages[code] } });
}

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

async function serveFile(res: ServerResponse, roots: string[], path: string): Promise<boolean> {
  const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.(\/|\\|$))+/, '');
  for (const root of roots) {
    const full = join(root, clean);
    if (!full.startsWith(root)) continue;
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
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    allowLocalOrigins(req, res);
    const route = async (): Promise<void> => {
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      const fnMatch = /^\/fn\/([A-Za-z0-9_-]+)$/.exec(url.pathname);
      if (fnMatch) {
        if (req.method !== 'POST') return refuse(res, ErrorCode.VALIDATION_FAILED, '请使用 POST');
        const fn = Object.prototype.hasOwnProperty.call(functions, fnMatch[1]) ? functions[fnMatch[1]] : undefined;
        if (!fn) return refuse(res, ErrorCode.NOT_FOUND, '云函数不存在');
        return callFunction(req, res, fn, ports);
      }
      const timerMatch = /^\/dev\/timers\/([A-Za-z0-9_-]+)$/.exec(url.pathname);
      if (timerMatch && req.method === 'POST') {
        const fn = Object.prototype.hasOwnProperty.call(functions, timerMatch[1]) ? functions[timerMatch[1]] : undefined;
        if (!fn) return refuse(res, ErrorCode.NOT_FOUND, '云函数不存在');
        const envelope = await runTimer(fn, randomUUID(), ports);
        return sendJson(res, statusOf(envelope), envelope);
      }
      const payMatch = /^\/dev\/pay\/([A-Za-z0-9_-]{1,32})$/.exec(url.pathname);
      if (payMatch && req.method === 'POST') return devPay(ports, payMatch[1], res);
      if (url.pathname === '/dev/clock' && options.clock && (req.method === 'GET' || req.method === 'POST')) return devClock(req, res, options.clock);
      if (url.pathname === '/dev/outbox' && req.method === 'GET') {
        const messages = await ports.db.find('outbox', { orderBy: [['createdAt', 'desc']], limit: 100 });
        return sendJson(res, 200, { ok: true, data: { messages } });
      }
      if (url.pathname === '/health') return sendJson(res, 200, { ok: true, data: { status: 'up' } });
      if (url.pathname.startsWith('/files/') && req.method === 'GET') {
        if (await serveFile(res, options.fileRoots, url.pathname.slice('/files/'.length))) return;
      }
      for (const extra of options.extraRoutes ?? []) if (await extra(req, res, url)) return;
      refuse(res, ErrorCode.NOT_FOUND, '地址不存在');
    };
    route().catch((e: unknown) => {
      ports.logger.error('emulator route failed', { path: url.pathname, error: e instanceof Error ? e.message : String(e) });
      if (!res.headersSent) refuse(res, ErrorCode.INTERNAL);
    });
  });
}
