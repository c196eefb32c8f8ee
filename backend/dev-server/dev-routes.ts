/**
 * The development endpoints under `/dev/`: they take no identity and show every message, so the
 * emulator serves them only in development mode (backend/dev-server/config.ts), and no cloud
 * bundle contains them.
 * - `POST /dev/timers/<function>` runs that function's timer trigger now;
 * - `POST /dev/pay/<outTradeNo>` is the user paying in the sandbox (backend/dev-server/dev-pay.ts);
 * - `GET /dev/outbox` lists the newest 100 subscribe messages;
 * - `GET`/`POST /dev/clock` reads or moves the emulator's clock (backend/dev-server/dev-clock.ts).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '../../miniprogram/shared/errors';
import type { LocalPorts } from '../adapters/local/ports';
import type { FunctionDef } from '../handlers/framework/define';
import { runTimer } from '../handlers/framework/dispatch';
import type { MovableClock } from '../adapters/movable-clock';
import { devClock } from './dev-clock';
import { devPay } from './dev-pay';
import { refuse, sendJson, statusOf } from './http-io';

/** A route of the emulator: answers and returns true, or returns false to let the next one try. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export function devRoutes(functions: Record<string, FunctionDef>, ports: LocalPorts, clock?: MovableClock): Route {
  return async (req, res, url) => {
    const timerMatch = /^\/dev\/timers\/([A-Za-z0-9_-]+)$/.exec(url.pathname);
    if (timerMatch && req.method === 'POST') {
      const fn = Object.prototype.hasOwnProperty.call(functions, timerMatch[1]) ? functions[timerMatch[1]] : undefined;
      if (!fn) refuse(res, ErrorCode.NOT_FOUND, '云函数不存在');
      else {
        const envelope = await runTimer(fn, randomUUID(), ports);
        sendJson(res, statusOf(envelope), envelope);
      }
      return true;
    }
    const payMatch = /^\/dev\/pay\/([A-Za-z0-9_-]{1,32})$/.exec(url.pathname);
    if (payMatch && req.method === 'POST') {
      await devPay(ports, payMatch[1], res);
      return true;
    }
    if (url.pathname === '/dev/clock' && clock && (req.method === 'GET' || req.method === 'POST')) {
      await devClock(req, res, clock);
      return true;
    }
    if (url.pathname === '/dev/outbox' && req.method === 'GET') {
      const messages = await ports.db.find('outbox', { orderBy: [['createdAt', 'desc']], limit: 100 });
      sendJson(res, 200, { ok: true, data: { messages } });
      return true;
    }
    return false;
  };
}
