import { AppError } from '../../backend/handlers/framework/app-error';
import { fields, parseInput, z } from '../../backend/handlers/framework/validation';

function refusal(schema: z.ZodType, input: unknown): { field?: string; message: string; code: string } {
  try {
    parseInput(schema, input);
  } catch (e) {
    if (e instanceof AppError) return { field: e.field, message: e.message, code: e.code };
  }
  throw new Error('expected a refusal');
}

describe('input validation', () => {
  const schema = z.object({ id: fields.id(), title: fields.requiredText(5), tags: z.array(fields.requiredText(3)).max(2), n: z.number().int().min(1).max(9) });
  const good = { id: 'a-1', title: '标题', tags: ['甲'], n: 3 };

  it('passes good input through, trimmed', () => {
    expect(parseInput(schema, { ...good, title: '  标题 ' })).toEqual(good);
  });

  it.each([
    [{ ...good, id: undefined }, 'id', '缺少必填项'],
    [{ ...good, id: 5 }, 'id', '类型不正确'],
    [{ ...good, id: 'has space' }, 'id', '编号格式不正确'],
    [{ ...good, title: '' }, 'title', '不能为空'],
    [{ ...good, title: '一二三四五六' }, 'title', '最多5个字'],
    [{ ...good, tags: ['a', 'b', 'c'] }, 'tags', '最多2项'],
    [{ ...good, tags: ['abcd'] }, 'tags.0', '最多3个字'],
    [{ ...good, n: 0 }, 'n', '不能小于1'],
    [{ ...good, n: 2.5 }, 'n', '必须是整数'],
    [{ ...good, n: '3' }, 'n', '类型不正确'],
  ])('%j → %s: %s', (input, field, message) => {
    expect(refusal(schema, input)).toEqual({ code: 'VALIDATION_FAILED', field, message });
  });
});

describe('text and date fields', () => {
  const schema = z.object({ line: fields.text(10), body: fields.multilineText(20), date: fields.date() });
  const good = { line: '标题', body: '一\n\t二', date: '2028-02-29' };

  it('removes zero-width characters, makes line breaks LF and composes to NFC', () => {
    expect(parseInput(schema, { ...good, line: '\u200B标\uFEFF题\u00AD', body: '一\r\n\t二\r三', date: '2026-11-30' })).toEqual({
      line: '标题',
      body: '一\n\t二\n三',
      date: '2026-11-30',
    });
    expect(parseInput(schema, { ...good, line: 'Cafe\u0301' }).line).toBe('Caf\u00E9');
    expect(parseInput(schema, { ...good, line: '一二三四五六七八九十\u200B' }).line).toHaveLength(10);
  });

  it.each([
    [{ ...good, line: '标\u0000题' }, 'line', '不能包含控制字符或不可见的格式字符'],
    [{ ...good, line: '标\t题' }, 'line', '不能包含控制字符或不可见的格式字符'],
    [{ ...good, body: '一\u2029二' }, 'body', '不能包含控制字符或不可见的格式字符'],
    [{ ...good, body: '一\u202E二' }, 'body', '不能包含控制字符或不可见的格式字符'],
    [{ ...good, body: '一\u001B[2J' }, 'body', '不能包含控制字符或不可见的格式字符'],
    [{ ...good, date: '2026-11-37' }, 'date', '日期不存在，请选择日历上的日期'],
    [{ ...good, date: '2027-02-29' }, 'date', '日期不存在，请选择日历上的日期'],
    [{ ...good, date: '2026-1-07' }, 'date', '日期格式应为YYYY-MM-DD'],
  ])('%j → %s: %s', (input, field, message) => {
    expect(refusal(schema, input)).toEqual({ code: 'VALIDATION_FAILED', field, message });
  });
});
