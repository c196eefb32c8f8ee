/**
 * Which WeChat answers mean what for a subscribe message, and when to try again.
 * 43101: the user has no acceptance left (refused or used up) — the credit is gone, do not retry.
 * 47003: a field value is invalid; 40003 / 40037: bad openid / template — permanent.
 * -1 (system busy) and 45009 (rate limit) are transient.
 */
export type Outcome = 'sent' | 'retry' | 'failed' | 'no_credit';

export function classify(errCode: number): Outcome {
  if (errCode === 0) return 'sent';
  if (errCode === 43101) return 'no_credit';
  if (errCode === -1 || errCode === 45009 || errCode === 45011) return 'retry';
  return 'failed';
}

export const MAX_ATTEMPTS = 5;

/** 1, 2, 4, 8 … minutes after each failed attempt. */
export function retryDelayMs(attempts: number): number {
  return 60_000 * 2 ** Math.max(0, attempts - 1);
}
