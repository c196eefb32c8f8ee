/**
 * Input validation with zod 4: typed schemas that infer the handler's input type, every issue
 * mapped to VALIDATION_FAILED with the field path and a short Chinese message.
 */
import { z } from 'zod';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { AppError } from './app-error';

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

export { fields } from '../../../miniprogram/shared/contract/fields';
export { z };
