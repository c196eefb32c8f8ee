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
