import type { ErrorCode } from './errors';

export interface ApiError {
  code: ErrorCode;
  /** Chinese text a patient can read. */
  message: string;
  /** The input field at fault, for VALIDATION_FAILED. */
  field?: string;
  /** Present on INTERNAL errors so a log line can be found. */
  requestId?: string;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };
