/** Every action taking a date refuses one that is not on the calendar, with a Chinese message on `date`. */
import { startLocalSystem, type LocalSystem } from '../support/local-system';

const ADMIN = 'platform-admin';
let sys: LocalSystem;

beforeAll(async () => {
  sys = await startLocalSystem({ adminOpenids: [ADMIN] });
});

const actions: Array<[string, Record<string, unknown>]> = [
  ['booking', { action: 'listSlots', doctorId: 'doc-zz-001' }],
  ['booking', { action: 'departmentSchedule', departmentId: 'd-zz-cardio' }],
  ['booking', { action: 'listResourceSlots', resourceId: 'res-x' }],
  ['schedule', { action: 'sessionSlots', ownerId: 'doc-zz-001', session: 'am' }],
  ['schedule', { action: 'stopClinic', ownerId: 'doc-zz-001', session: 'am', reason: '医生外出会诊' }],
  ['orders', { action: 'dailyTotals', hospitalId: 'h-zzcentral' }],
  ['invoices', { action: 'list', hospitalId: 'h-zzcentral' }],
  ['clinic', { action: 'sessionAppointments', ownerId: 'doc-zz-001', session: 'am' }],
];

describe.each(actions)('%s %o', (fn, event) => {
  it.each(['2026-11-37', '2026-13-01', '2026-02-29', '2026-00-10', '2026-04-31', '0000-01-01'])('refuses %s', async (date) => {
    const res = await sys.call(fn, ADMIN, { ...event, date });
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'date', message: expect.stringMatching(/日期/) } });
  });

  it('accepts a real date, 29 February of a leap year included', async () => {
    for (const date of ['2026-11-27', '2028-02-29']) {
      const res = await sys.call(fn, ADMIN, { ...event, date });
      if (!res.ok) expect(res.error.field).not.toBe('date');
    }
  });
});
