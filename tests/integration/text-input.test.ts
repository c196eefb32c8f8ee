/**
 * Text reaching other people (names, articles, stop-clinic reasons in patients' messages) is
 * normalised by the field helpers: control and direction-override characters refused, zero-width
 * ones removed, NFC. Tabs and line breaks only in multi-line fields.
 */
import { requestIdOf, slotsOf } from '../support/booking-fixtures';
import { startLocalSystem, type LocalSystem } from '../support/local-system';

const ZZ = 'h-zzcentral';
const CHEN = 'doc-zz-001';
let sys: LocalSystem;
let column: string;

beforeAll(async () => {
  sys = await startLocalSystem();
  const { columns } = await sys.ok<{ columns: Array<{ id: string }> }>('content', null, { action: 'listColumns', hospitalId: ZZ });
  column = columns[0].id;
});

const forbidden = { NUL: '\u0000', BEL: '\u0007', 'RIGHT-TO-LEFT OVERRIDE': '\u202E', 'LINE SEPARATOR': '\u2028', DELETE: '\u007F', 'C1 CSI': '\u009B' };
const refusal = (field: string) => ({ ok: false, error: { code: 'VALIDATION_FAILED', field, message: expect.stringMatching(/字符/) } });

const person = (name: string, n: number) => ({
  action: 'add',
  name,
  idType: 'resident_id',
  idNumber: '11010519491231002X',
  phone: '13800000000',
  relation: 'self',
  requestId: requestIdOf(900 + n),
});

describe('patients.add name', () => {
  it.each(Object.entries(forbidden))('refuses %s', async (_name, ch) => {
    expect(await sys.call('patients', 'text-patient-1', person(`王${ch}芳`, 1))).toMatchObject(refusal('name'));
    expect(await sys.ports.db.count('patients', { openid: 'text-patient-1' })).toBe(0);
  });

  it('refuses a line break in a one-line field', async () => {
    expect(await sys.call('patients', 'text-patient-1', person('王\n芳', 2))).toMatchObject(refusal('name'));
  });

  it('removes zero-width characters', async () => {
    const added = await sys.ok<{ id: string }>('patients', 'text-patient-2', person('\uFEFF王\u200B芳\u200D\u2060', 3));
    expect(await sys.ports.db.get('patients', added.id)).toMatchObject({ name: '王芳' });
  });
});

describe('schedule.stopClinic reason, which patients read in their messages', () => {
  const stop = (reason: string) => ({ action: 'stopClinic', ownerId: CHEN, date: '2026-11-28', session: 'am', reason });

  it.each(Object.entries(forbidden))('refuses %s and stops nothing', async (_name, ch) => {
    expect(await sys.call('schedule', 'demo-scheduler-zz', stop(`医生外出${ch}会诊`))).toMatchObject(refusal('reason'));
    expect((await slotsOf(sys, CHEN, '2026-11-28')).some((s) => s.status === 'stopped')).toBe(false);
  });

  it('sends the cleaned reason', async () => {
    const slot = (await slotsOf(sys, CHEN, '2026-11-28')).find((s) => s.status === 'open')!;
    await sys.ok('booking', 'demo-patient', { action: 'book', slotId: slot.id, patientId: 'pat-demo-zhang', requestId: requestIdOf(950) });
    await sys.ok('schedule', 'demo-scheduler-zz', stop('医生\u200B外出会诊'));
    const [message] = await sys.ports.db.find<{ _id: string; data: Record<string, string> }>('outbox', { where: { kind: 'stop_clinic' }, limit: 1 });
    expect(JSON.stringify(message.data)).toContain('医生外出会诊');
    expect(JSON.stringify(message.data)).not.toMatch(/\u200B/);
  });
});

describe('content.createArticle body', () => {
  const create = (n: number, over: Record<string, unknown>) => ({
    action: 'createArticle',
    hospitalId: ZZ,
    requestId: requestIdOf(960 + n),
    columnId: column,
    title: '冬季如何预防流感',
    summary: '摘要',
    body: '正文',
    ...over,
  });

  it.each(Object.entries(forbidden))('refuses %s', async (_name, ch) => {
    expect(await sys.call('content', 'demo-editor-zz', create(1, { body: `第一段${ch}第二段` }))).toMatchObject(refusal('body'));
  });

  it('refuses control characters and spaces in image addresses', async () => {
    for (const url of ['/files/a.png\u0000', '/files/a\u202Egnp.exe', '/files/a b.png']) {
      expect(await sys.call('content', 'demo-editor-zz', create(4, { images: [url] }))).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', field: 'images.0' },
      });
    }
  });

  it('keeps tabs and line breaks in the body but not in the title', async () => {
    expect(await sys.call('content', 'demo-editor-zz', create(2, { title: '冬季\n流感' }))).toMatchObject(refusal('title'));
    const { article } = await sys.ok<{ article: { id: string } }>(
      'content',
      'demo-editor-zz',
      create(3, { body: '第一段\r\n\t第二段\u200B', title: 'A\u030Angstr\u00F6m' }),
    );
    expect(await sys.ports.db.get('articles', article.id)).toMatchObject({ body: '第一段\n\t第二段', title: '\u00C5ngstr\u00F6m' });
  });
});
