import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ErrorCode, errorMessages, httpStatusOf } from '../../miniprogram/shared/errors';
import type { Envelope } from '../../miniprogram/shared/envelope';

export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {}

/**
 * Reads a request body as text, refusing more than MAX_BODY_BYTES: the rest is drained unread
 * so the client still receives the refusal.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function statusOf(envelope: Envelope<unknown>): number {
  return envelope.ok ? 200 : httpStatusOf[envelope.error.code];
}

export function refuse(res: ServerResponse, code: ErrorCode, message?: string): void {
  sendJson(res, httpStatusOf[code], { ok: false, error: { code, message: message ?? errorMessages[code] } });
}

/** The emulator answers browsers of the preview on other local ports too. */
export function allowLocalOrigins(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (origin && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-headers', 'content-type, x-openid, x-request-id');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  }
}
