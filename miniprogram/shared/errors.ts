/**
 * The single list of error codes of the API contract, with the Chinese message a patient reads
 * when a handler gives no more specific one. HTTP status is what the local emulator answers with.
 */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  SLOT_FULL: 'SLOT_FULL',
  ALREADY_BOOKED: 'ALREADY_BOOKED',
  OUTSIDE_BOOKING_WINDOW: 'OUTSIDE_BOOKING_WINDOW',
  LIMIT_REACHED: 'LIMIT_REACHED',
  STATE_CONFLICT: 'STATE_CONFLICT',
  PAYMENT_FAILED: 'PAYMENT_FAILED',
  RATE_LIMITED: 'RATE_LIMITED',
  NETWORK: 'NETWORK',
  INTERNAL: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorMessages: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '填写的信息有误，请检查后重试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '找不到相关信息',
  SLOT_FULL: '该时段已约满',
  ALREADY_BOOKED: '已有相同的预约',
  OUTSIDE_BOOKING_WINDOW: '不在可预约的时间范围内',
  LIMIT_REACHED: '已达到次数上限',
  STATE_CONFLICT: '状态已变化，请刷新后重试',
  PAYMENT_FAILED: '支付未成功',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  NETWORK: '网络不太好，请稍后重试',
  INTERNAL: '系统繁忙，请稍后重试',
};

export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SLOT_FULL: 409,
  ALREADY_BOOKED: 409,
  OUTSIDE_BOOKING_WINDOW: 409,
  LIMIT_REACHED: 409,
  STATE_CONFLICT: 409,
  PAYMENT_FAILED: 402,
  RATE_LIMITED: 429,
  NETWORK: 503,
  INTERNAL: 500,
};
