import { startLocalSystem, type LocalSystem } from '../support/local-system';
import { idNumberOf, requestIdOf } from '../support/booking-fixtures';

let sys: LocalSystem;
const person = (n: number, over: Record<string, unknown> = {}) => ({
  name: '王小芳',
  idType: 'resident_id',
  idNumber: idNumberOf(n),
  phone: '13912345678',
  relation: 'child',
  ...over,
});

beforeEach(async () => {
  sys = await startLocalSystem();
});

describe('family members (就诊人)', () => {
  it('adds a person with age and sex from the ID, and lists them masked: no birth date, the ID number shows its first and last character only', async () => {
    const added = await sys.ok<{ id: string; patient: Record<string, unknown> }>('patients', 'new-user-1', {
      action: 'add',
      requestId: requestIdOf(1),
      ...person(7),
    });
    const { patients } = await sys.ok<{ patients: Array<Record<string, unknown>> }>('patients', 'new-user-1', { action: 'list' });
    expect(patients).toHaveLength(1);
    for (const p of [patients[0], added.patient]) {
      expect(p).toMatchObject({ id: added.id, name: '王小芳', relationLabel: '子女', phoneMasked: '139****5678', age: 46, sex: expect.any(String) });
      expect(p).not.toHaveProperty('birthDate');
      expect(p.idNumberMasked).toBe(`4${'*'.repeat(16)}${idNumberOf(7).slice(-1)}`);
    }
    const text = JSON.stringify(patients);
    expect(text).not.toContain(idNumberOf(7));
    expect(text).not.toContain(idNumberOf(7).slice(6, 14));
  });

  it('the same requestId adds once; the same document twice is refused', async () => {
    const a = await sys.ok<{ id: string }>('patients', 'u2-abcdef', { action: 'add', requestId: requestIdOf(2), ...person(8) });
    const b = await sys.ok<{ id: string }>('patients', 'u2-abcdef', { action: 'add', requestId: requestIdOf(2), ...person(8) });
    expect(b.id).toBe(a.id);
    expect(await sys.call('patients', 'u2-abcdef', { action: 'add', requestId: requestIdOf(3), ...person(8) })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_BOOKED', field: 'idNumber' },
    });
  });

  it('at most five per account, even when ten adds race', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => sys.call('patients', 'racer-01', { action: 'add', requestId: requestIdOf(100 + i), ...person(100 + i) })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'LIMIT_REACHED')).toBe(true);
    expect(await sys.ports.db.count('patients', { openid: 'racer-01' })).toBe(5);
  });

  it.each([
    ['a wrong check digit', { idNumber: '11010519491231002' + '1' }, 'idNumber'],
    ['an impossible birth date', { idNumber: '110105199002300011' }, 'idNumber'],
    ['a landline', { phone: '03716666666' }, 'phone'],
    ['a one-character name', { name: '王' }, 'name'],
    ['digits in the name', { name: '王2芳' }, 'name'],
    ['a bad passport', { idType: 'passport', idNumber: '!!' }, 'idNumber'],
  ])('refuses %s with the field, writing nothing', async (_why, over, field) => {
    const before = await sys.ports.db.count('patients');
    const res = await sys.call('patients', 'u3-abcdef', { action: 'add', requestId: requestIdOf(4), ...person(9, over) });
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field } });
    expect(await sys.ports.db.count('patients')).toBe(before);
  });

  it('accepts a Hong Kong and Macau permit', async () => {
    expect(
      (
        await sys.call('patients', 'u4-abcdef', {
          action: 'add',
          requestId: requestIdOf(5),
          ...person(0, { idType: 'hk_macau_permit', idNumber: 'H12345678' }),
        })
      ).ok,
    ).toBe(true);
  });

  it("nobody sees, edits or removes another account's people", async () => {
    for (const event of [
      { action: 'update', patientId: 'pat-demo-zhang', ...person(10) },
      { action: 'remove', patientId: 'pat-demo-zhang' },
      { action: 'book', patientId: 'pat-demo-zhang', slotId: 'slot-x', requestId: requestIdOf(6) },
    ]) {
      const fn = event.action === 'book' ? 'booking' : 'patients';
      expect(await sys.call(fn, 'demo-patient-2', event)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    const { patients } = await sys.ok<{ patients: Array<{ id: string }> }>('patients', 'demo-patient-2', { action: 'list' });
    expect(patients.map((p) => p.id)).not.toContain('pat-demo-zhang');
    expect(await sys.ports.db.get('patients', 'pat-demo-zhang')).toMatchObject({ name: '张建国' });
  });

  it('edits keep no-show records; removal is refused while an appointment is active', async () => {
    await sys.ok('patients', 'demo-patient', {
      action: 'update',
      patientId: 'pat-demo-zhang-mother',
      name: '王秀兰',
      idType: 'resident_id',
      idNumber: idNumberOf(11),
      phone: '13803710009',
      relation: 'parent',
    });
    const geri = (
      await sys.ok<{ doctors: Array<{ id: string }> }>('content', null, { action: 'listDoctors', hospitalId: 'h-zzcentral', departmentId: 'd-zz-geri' })
    ).doctors[0].id;
    const sched = await sys.ok<{ schedule: { days: Array<{ date: string; sessions: Array<{ status: string }> }> } }>('booking', null, {
      action: 'doctorSchedule',
      doctorId: geri,
    });
    const day = sched.schedule.days.find((d) => d.sessions.some((s) => s.status === 'open'))!.date;
    const slot = (
      await sys.ok<{ slots: Array<{ id: string; status: string }> }>('booking', null, { action: 'listSlots', doctorId: geri, date: day })
    ).slots.find((s) => s.status === 'open')!;
    await sys.ok('booking', 'demo-patient', { action: 'book', slotId: slot.id, patientId: 'pat-demo-zhang-mother', requestId: requestIdOf(7) });
    expect(await sys.call('patients', 'demo-patient', { action: 'remove', patientId: 'pat-demo-zhang-mother' })).toMatchObject({
      ok: false,
      error: { code: 'STATE_CONFLICT' },
    });
    expect((await sys.ok<{ removed: boolean }>('patients', 'demo-patient-2', { action: 'remove', patientId: 'pat-demo2-li-child' })).removed).toBe(true);
  });
});
