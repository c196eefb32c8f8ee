/**
 * `GET /dev/clock` answers the emulator's instant; `POST /dev/clock` `{ "at": "2026-12-08T08:40:00+08:00" }`
 * moves every handler's and timer's `now` there, `{ "reset": true }` returns to real time.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { MovableClock } from '../adapters/movable-clock';
import { ErrorCode, errorMessages } from '../../miniprogram/shared/errors';
import { readBody, sendJson } from './http-io';

const body = z.union([z.object({ at: z.string().max(40) }), z.object({ reset: z.literal(true) })]);

function answer(res: ServerResponse, clock: MovableClock): void {
  const now = clock.now();
  sendJson(res, 200, { ok: true, data: { now, iso: new Date(now).toISOString(), moved: clock.moved } });
}

function refuse(res: ServerResponse, message: string): void {
  sendJson(res, 400, { ok: false, error: { code: ErrorCode.VALIDATION_FAILED, message } });
}

export async function devClock(req: IncomingMessage, res: ServerResponse, clock: MovableClock): Promise<void> {
  if (req.method === 'GET') return answer(res, clock);
  let parsed: z.infer<typeof body>;
  try {
    const result = body.safeParse(JSON.parse(await readBody(req)));
    if (!result.success) return refuse(res, '请给出 at（带时区的时间）或 reset: true');
    parsed = result.data;
  } catch {
    return refuse(res, errorMessages.VALIDATION_FAILED);
  }
  if ('reset' in parsed) {
    clock.reset();
    return answer(res, clock);
  }
  const at = Date.parse(parsed.at);
  if (!Number.isFinite(at) || !/(Z|[+-]\d{2}:?\d{2})$/.test(parsed.at)) return refuse(res, '时间格式不正确，例如 2026-12-08T08:40:00+08:00');
  clock.moveTo(at);
  answer(res, clock);
}
