import type { Clock, Logger } from '../ports';

export const systemClock: Clock = { now: () => Date.now() };

/** One JSON line per event; callers pass no personal data (ids and codes only). */
export const jsonLogger: Logger = {
  info: (message, fields) => console.log(JSON.stringify({ level: 'info', message, ...fields })),
  error: (message, fields) => console.error(JSON.stringify({ level: 'error', message, ...fields })),
};

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };
