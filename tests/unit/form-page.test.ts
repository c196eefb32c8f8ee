/**
 * The staff editors' save skeleton (miniprogram/behaviors/form-page.ts) on a plain object in place
 * of a page: a typed field clears its message, nothing is sent while a field has a message or a save
 * is under way, and a refusal shows under the field the server names, else above the form, and as a
 * toast. The editors over the real backend are in tests/pages/staff/.
 */
import { toast } from '../../miniprogram/api/platform';
import { formPage } from '../../miniprogram/behaviors/form-page';
import type { Envelope } from '../../miniprogram/shared/envelope';
import { ErrorCode } from '../../miniprogram/shared/errors';

jest.mock('../../miniprogram/api/platform', () => ({ toast: jest.fn() }));

type Field = 'name' | 'phone';

function fakePage() {
  const page = {
    data: { saving: false, form: { name: '', phone: '' }, errors: { name: '', phone: '' }, formError: '' } as Record<string, unknown> & { saving: boolean },
    setData(d: Record<string, unknown>) {
      for (const [key, value] of Object.entries(d)) {
        const [head, tail] = key.split('.');
        if (tail) page.data[head] = { ...(page.data[head] as object), [tail]: value };
        else page.data[key] = value;
      }
    },
  };
  return page;
}

const m = formPage<Field>({ fieldOf: (f) => (f === 'name' || f === 'phone' ? f : '') });
const none = { name: '', phone: '' };
const refused = (field?: string): Envelope<string> => ({ ok: false, error: { code: ErrorCode.VALIDATION_FAILED, message: '不对', field } });

describe('formPage', () => {
  beforeEach(() => jest.mocked(toast).mockReset());

  it('puts a typed value in the form and clears its message and the form’s', () => {
    const page = fakePage();
    page.setData({ 'errors.name': '必填', formError: '保存失败' });
    m.setField.call(page, 'name', '王芳');
    expect(page.data.form).toEqual({ name: '王芳', phone: '' });
    expect(page.data.errors).toEqual(none);
    expect(page.data.formError).toBe('');
  });

  it('shows the validation and sends nothing while a field has a message', async () => {
    const page = fakePage();
    const send = jest.fn(async (): Promise<Envelope<string>> => ({ ok: true, data: 'x' }));
    expect(await m.submit.call(page, { name: '必填', phone: '' }, send)).toBeNull();
    expect(send).not.toHaveBeenCalled();
    expect(page.data.errors).toEqual({ name: '必填', phone: '' });
  });

  it('sends once at a time and answers the saved data', async () => {
    const page = fakePage();
    let answer: (v: Envelope<string>) => void = () => undefined;
    const send = jest.fn(() => new Promise<Envelope<string>>((resolve) => (answer = resolve)));
    const first = m.submit.call(page, none, send);
    expect(page.data.saving).toBe(true);
    expect(await m.submit.call(page, none, send)).toBeNull();
    answer({ ok: true, data: 'saved' });
    expect(await first).toBe('saved');
    expect(send).toHaveBeenCalledTimes(1);
    expect(page.data.saving).toBe(false);
  });

  it('shows a refusal under the field the server names, else above the form, and as a toast', async () => {
    const page = fakePage();
    expect(await m.submit.call(page, none, async () => refused('phone'))).toBeNull();
    expect(page.data.errors).toEqual({ name: '', phone: '不对' });
    expect(page.data.formError).toBe('');
    expect(await m.submit.call(page, none, async () => refused('hospitalId'))).toBeNull();
    expect(page.data.formError).toBe('不对');
    expect(toast).toHaveBeenCalledTimes(2);
  });
});
