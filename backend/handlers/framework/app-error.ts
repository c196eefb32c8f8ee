import { ErrorCode, errorMessages } from '../../../miniprogram/shared/errors';

/** An error a handler answers with; anything else thrown becomes INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly field?: string,
  ) {
    super(message ?? errorMessages[code]);
    this.name = 'AppError';
  }
}

export const notFound = (what: string): AppError => new AppError(ErrorCode.NOT_FOUND, `${what}不存在`);
export const forbidden = (message?: string): AppError => new AppError(ErrorCode.FORBIDDEN, message);
