/**
 * Input validation with zod 4: typed schemas that infer the handler's input type, every issue
 * mapped to VALIDATION_FAILED with the field path and a short Chinese message.
 */
import { isCalendarDate } from '../../../miniprogram/shared/time';
import { z } from 'zod';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { AppError } from './app-error';
import { CONTROL_MESSAGE, cleanText, hasNoControl } from './text';

type Issue = z.core.$ZodIssue;

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function messageOf(issue: Issue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return '缺少必填项';
      return issue.expected === 'int' ? '必须是整数' : '类型不正确';
    case 'too_big':
      if (issue.origin === 'string') return `最多${String(issue.maximum)}个字`;
      if (issue.origin === 'array') return `最多${String(issue.maximum)}项`;
      return `不能大于${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少${String(issue.minimum)}个字`;
      if (issue.origin === 'array') return `至少${String(issue.minimum)}项`;
      return `不能小于${String(issue.minimum)}`;
    case 'invalid_format':
      return '格式不正确';
    case 'invalid_value':
      return '不是可选的值';
    case 'not_multiple_of':
      return '必须是整数';
    case 'unrecognized_keys':
      return '包含无法识别的字段';
    default:
      return '填写的信息有误';
  }
}

/** The Chinese message of one issue of `input`: the schema's own when it wrote one, else a short standard one. */
export function issueText(issue: Issue, input: unknown): string {
  return issue.message && !issue.message.startsWith('Invalid') && /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : messageOf(issue, input);
}

/** Parses input, or throws VALIDATION_FAILED naming the first field at fault. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.map(String).join('.') || undefined;
  throw new AppError(ErrorCode.VALIDATION_FAILED, issueText(issue, input), field);
}

const ID = /^[A-Za-z0-9_-]+$/;

/** 'YYYY-MM-DD' naming a day on the calendar (1970–2099): '2026-11-37' and '2026-02-29' are not. */
function isClinicCalendarDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return isCalendarDate(value) && year >= 1970 && year <= 2099;
}

/** Free text, cleaned and checked as backend/handlers/framework/text.ts says, then trimmed. */
function cleanString(multiline: boolean) {
  return z
    .string()
    .overwrite((v) => cleanText(v, multiline))
    .normalize('NFC')
    .trim()
    .refine((v) => hasNoControl(v, multiline), { message: CONTROL_MESSAGE });
}

/** Shared field schemas. Every string has a maximum length; every free text goes through cleanString. */
export const fields = {
  id: () => z.string().min(1).max(64).regex(ID, { message: '编号格式不正确' }),
  requestId: () => z.string().min(8).max(64).regex(ID, { message: '请求编号格式不正确' }),
  date: () =>
    z
      .string()
      .max(10)
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为YYYY-MM-DD' })
      .refine(isClinicCalendarDate, { message: '日期不存在，请选择日历上的日期' }),
  /** One line of text (names, titles, reasons). */
  text: (max: number) => cleanString(false).max(max),
  requiredText: (max: number) => cleanString(false).min(1).max(max),
  /** Text with paragraphs (article bodies, introductions): tab and line feed allowed. */
  multilineText: (max: number) => cleanString(true).max(max),
  requiredMultilineText: (max: number) => cleanString(true).min(1).max(max),
  page: () => z.number().int().min(1).max(1000).default(1),
  pageSize: (max = 50) => z.number().int().min(1).max(max).default(10),
};

export { z };
