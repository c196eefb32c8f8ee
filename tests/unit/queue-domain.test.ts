/** The queue's rules, pure, on a frozen clock with explicit Asia/Shanghai times. */
import { etaCoverage, etaCoverageLines } from '../../scripts/bench/eta-coverage';
import { checkInOpensAt, distanceMetres, stateProblem, windowProblem } from '../../backend/domain/queue/check-in';
import { areaOf, clinicCode, codeMatches } from '../../backend/domain/queue/clinic-code';
import { DEFAULT_STATS, durationStats, etaForSession, etaText } from '../../backend/domain/queue/eta';
import * as q from '../../backend/domain/queue/order';
import { defaultQueueSettings } from '../../backend/domain/queue/settings';
import { shanghaiInstant } from '../../miniprogram/shared/time';

const t = (time: string) => shanghaiInstant('2026-12-08', time);
const EMPTY: q.QueueBody = { entries: [], order: [] };

/** Patients arriving: [id, slot start 'HH:mm', check-in 'HH:mm'], 30-minute slots. */
function arrive(rows: Array<[string, string, string]>, body = EMPTY): q.QueueBody {
  return rows.reduce(
    (b, [id, slot, at]) => q.join(b, { appointmentId: id, openid: `o-${id}`, patientName: id, slotStart: t(slot), slotEnd: t(slot) + 30 * 60_000 }, t(at)),
    body,
  );
}

function ok(out: q.Outcome): q.QueueBody {
  if ('refused' in out) throw new Error(out.refused);
  return out.body;
}

describe('queue order', () => {
  it('slot start first, then check-in time: early check-in does not jump the slot order', () => {
    const b = arrive([
      ['c', '09:00', '07:50'],
      ['a', '08:00', '07:55'],
      ['b', '08:00', '07:58'],
      ['d', '08:30', '08:01'],
    ]);
    expect(b.order).toEqual(['a', 'b', 'd', 'c']);
    expect(q.aheadOf(b, 'c')).toBe(3);
  });

  it('turns before a patient: their place, plus the one in the room; placed by the rules before check-in; 回诊 after the next; none once called or done', () => {
    let b = arrive([
      ['a', '08:00', '07:50'],
      ['b', '08:30', '07:51'],
      ['c', '09:00', '07:52'],
    ]);
    const arrival = (id: string, slot: string) => ({
      appointmentId: id,
      openid: `o-${id}`,
      patientName: id,
      slotStart: t(slot),
      slotEnd: t(slot) + 30 * 60_000,
    });
    expect(q.turnsBefore(b, 'b', null, false, t('08:00'))).toBe(1);
    expect(q.turnsBefore(b, 'x', arrival('x', '08:30'), false, t('08:00'))).toBe(2);
    expect(q.turnsBefore(b, 'x', arrival('x', '07:30'), false, t('08:10'))).toBe(3);
    expect(q.turnsBefore(b, null, null, false, t('08:00'))).toBe(3);
    b = q.callNext(b, t('08:00')).body;
    expect(q.turnsBefore(b, 'a', null, false, t('08:01'))).toBe(0);
    expect(q.turnsBefore(b, 'c', null, false, t('08:01'))).toBe(2);
    b = q.finish(b, 'a', t('08:10')).body;
    expect(q.turnsBefore(b, 'a', null, false, t('08:11'))).toBe(0);
    expect(q.turnsBefore(b, 'a', null, true, t('08:11'))).toBe(1);
  });

  it('late arrivals (after their slot ended) queue after every on-time patient of the session, by arrival', () => {
    const b = arrive([
      ['a', '08:00', '07:55'],
      ['late1', '08:00', '08:40'],
      ['c', '10:00', '09:10'],
      ['late2', '08:30', '09:05'],
    ]);
    expect(b.order).toEqual(['a', 'c', 'late1', 'late2']);
    expect(b.entries.filter((e) => e.late).map((e) => e.appointmentId)).toEqual(['late1', 'late2']);
  });

  it('priority (80+, disability, military) goes before the others, among themselves by the rules; clearing it puts the patient back', () => {
    let b = arrive([
      ['a', '08:00', '07:50'],
      ['b', '08:00', '07:51'],
      ['c', '08:30', '07:52'],
      ['d', '09:00', '07:53'],
    ]);
    b = ok(q.setPriority(b, 'd', 'military', '现役军人'));
    b = ok(q.setPriority(b, 'c', 'elderly80', '患者85岁'));
    expect(b.order).toEqual(['c', 'd', 'a', 'b']);
    b = ok(q.setPriority(b, 'c', 'disability', '持残疾证'));
    expect(b.order).toEqual(['c', 'd', 'a', 'b']);
    b = ok(q.setPriority(b, 'c', null, ''));
    expect(b.order).toEqual(['d', 'a', 'b', 'c']);
    expect(q.setPriority(b, 'nobody', 'military', 'x')).toEqual({ refused: expect.stringContaining('候诊中') });
  });

  it('回诊 goes in after the next patient, not first; only a patient seen today can return', () => {
    let b = arrive([
      ['a', '08:00', '07:50'],
      ['b', '08:00', '07:51'],
      ['c', '08:30', '07:52'],
    ]);
    expect(q.returnWithResults(b, 'a')).toEqual({ refused: expect.stringContaining('已就诊') });
    const first = q.callNext(b, t('08:00'));
    b = ok(q.start(first.body, 'a', t('08:01')));
    b = q.finish(b, 'a', t('08:09')).body;
    b = ok(q.returnWithResults(b, 'a'));
    expect(b.order).toEqual(['b', 'a', 'c']);
    expect(b.entries.find((e) => e.appointmentId === 'a')).toMatchObject({ state: 'waiting', returning: true });
  });

  it('calls in order and answers null when nobody waits; a patient joins once', () => {
    let b = arrive([
      ['a', '08:00', '07:50'],
      ['b', '08:00', '07:51'],
    ]);
    b = arrive([['a', '08:00', '07:59']], b);
    expect(b.entries).toHaveLength(2);
    const one = q.callNext(b, t('08:00'));
    const two = q.callNext(one.body, t('08:10'));
    const none = q.callNext(two.body, t('08:20'));
    expect([one.called, two.called, none.called]).toEqual(['a', 'b', null]);
    expect(two.body.entries.map((e) => e.state)).toEqual(['called', 'called']);
  });

  it('the consultation lasts from the doctor receiving the patient, else from the call', () => {
    const b = arrive([
      ['a', '08:00', '07:50'],
      ['b', '08:00', '07:51'],
    ]);
    const called = q.callNext(b, t('08:00')).body;
    expect(q.finish(ok(q.start(called, 'a', t('08:02'))), 'a', t('08:10')).minutes).toBe(8);
    expect(q.finish(called, 'a', t('08:09')).minutes).toBe(9);
    expect(q.start(b, 'b', t('08:00'))).toEqual({ refused: '请先叫号' });
  });
});

describe('skip (过号)', () => {
  const six = () =>
    q.callNext(
      arrive([
        ['a', '08:00', '07:50'],
        ['b', '08:00', '07:51'],
        ['c', '08:30', '07:52'],
        ['d', '08:30', '07:53'],
        ['e', '09:00', '07:54'],
        ['f', '09:00', '07:55'],
        ['g', '09:30', '07:56'],
      ]),
      t('08:00'),
    ).body;

  it('moves the called patient back the configured places, twice at most, then to the end', () => {
    let b = ok(q.skip(six(), 'a', 3));
    expect(b.order).toEqual(['b', 'c', 'd', 'a', 'e', 'f', 'g']);
    b = ok(q.skip(b, 'a', 3));
    expect(b.order).toEqual(['b', 'c', 'd', 'e', 'f', 'g', 'a']);
    b = ok(q.skip(ok(q.skip(b, 'a', 1)), 'a', 1));
    expect(b.order.slice(-1)).toEqual(['a']);
    expect(b.entries.find((e) => e.appointmentId === 'a')).toMatchObject({ state: 'skipped', skips: 4 });
  });

  it('a skip near the end stops at the end; a skipped patient can be called again; a done one cannot be skipped', () => {
    let b = ok(q.skip(six(), 'a', 10));
    expect(b.order.slice(-1)).toEqual(['a']);
    b = { ...b, order: ['a', ...b.order.filter((x) => x !== 'a')] };
    const again = q.callNext(b, t('08:30'));
    expect(again.called).toBe('a');
    const done = q.finish(again.body, 'a', t('08:40')).body;
    expect(q.skip(done, 'a', 3)).toEqual({ refused: '该患者当前不能过号' });
    expect(q.recall(done, 'a', t('08:41'))).toEqual({ refused: '只能重呼已叫号的患者' });
  });
});

describe('check-in window (default 60 minutes before to 30 after the slot start)', () => {
  const a = { status: 'booked' as const, start: t('09:00') };

  it('opens at 08:00 for a 09:00 slot and closes at 09:30, saying when', () => {
    expect(checkInOpensAt(a, defaultQueueSettings)).toBe(t('08:00'));
    expect(windowProblem(a, t('07:59'), defaultQueueSettings)).toEqual({ code: 'STATE_CONFLICT', message: '还未到签到时间，08:00 起可签到' });
    expect(windowProblem(a, t('08:00'), defaultQueueSettings)).toBeNull();
    expect(windowProblem(a, t('09:30'), defaultQueueSettings)).toBeNull();
    expect(windowProblem(a, t('09:31'), defaultQueueSettings)).toMatchObject({ message: expect.stringContaining('09:30 截止') });
    expect(windowProblem(a, shanghaiInstant('2026-12-07', '20:00'), defaultQueueSettings)).toMatchObject({ message: '还未到签到时间，12-08 08:00 起可签到' });
    expect(windowProblem(a, t('07:00'), { ...defaultQueueSettings, checkInOpensMinutes: 120 })).toBeNull();
  });

  it('unpaid and ended appointments are refused with the reason', () => {
    expect(stateProblem({ status: 'pending_payment', start: a.start })).toMatchObject({ message: expect.stringContaining('未支付') });
    expect(stateProblem({ status: 'cancelled', start: a.start })).toMatchObject({ message: expect.stringContaining('已取消') });
    expect(stateProblem({ status: 'checked_in', start: a.start })).toBeNull();
  });

  it('measures the distance to the hospital', () => {
    const h = { latitude: 34.7466, longitude: 113.6254 };
    expect(distanceMetres(h, h)).toBe(0);
    expect(Math.round(distanceMetres(h, { latitude: 34.7566, longitude: 113.6254 }))).toBe(1112);
  });
});

describe('clinic-area codes', () => {
  const area = { hospitalId: 'h-zzcentral', departmentId: 'd-zz-cardio' };
  it('are signed per hospital key: another key, area or an edit fails', () => {
    const code = clinicCode('key-1', area);
    expect(areaOf(code)).toEqual(area);
    expect(codeMatches('key-1', code, area)).toBe(true);
    expect(codeMatches('key-2', code, area)).toBe(false);
    expect(codeMatches('key-1', code, { ...area, departmentId: 'd-zz-resp' })).toBe(false);
    expect(codeMatches('key-1', clinicCode('key-1', { ...area, departmentId: 'd-zz-resp' }).replace('d-zz-resp', 'd-zz-cardio'), area)).toBe(false);
    expect(codeMatches('key-1', 'garbage', area)).toBe(false);
  });
});

describe('ETA', () => {
  const doctor = Array.from({ length: 12 }, (_, i) => 6 + (i % 5));
  it("uses the doctor's own durations when there are enough, else the department's, else a default, and says when uncertain", () => {
    expect(durationStats(doctor, [])).toMatchObject({ source: 'doctor', samples: 12, mean: 7.75 });
    expect(durationStats(doctor.slice(0, 5), doctor)).toMatchObject({ source: 'department' });
    expect(durationStats([], [])).toBe(DEFAULT_STATS);
    const sure = etaForSession(3, durationStats(doctor, []));
    expect(sure.uncertain).toBe(false);
    expect(sure.p50).toBe(23);
    expect(sure.p90).toBeGreaterThan(sure.p50);
    expect(etaForSession(3, DEFAULT_STATS)).toEqual({ p50: 30, p90: 39, uncertain: true });
    expect(etaText(etaForSession(3, DEFAULT_STATS))).toBe('约 30–39 分钟（就诊记录较少，仅供参考）');
    expect(etaText(etaForSession(0, DEFAULT_STATS))).toBe('即将轮到您');
  });

  it("an exam room's range is the same numbers, always said to be uncertain: exams differ in length", () => {
    const room = durationStats(doctor, []);
    expect(etaForSession(3, room, 'exam')).toEqual({ ...etaForSession(3, room), uncertain: true });
    expect(etaText(etaForSession(3, room, 'exam'), 'exam')).toMatch(/^约 23–\d+ 分钟（检查用时因人而异，仅供参考）$/);
    expect(etaText(etaForSession(0, room, 'exam'), 'exam')).toBe('即将轮到您');
  });

  it('a doctor taking 8 ± 3 minutes: about 90 % of simulated waits fall under P90 and half under P50', () => {
    const rows = etaCoverage(5_000);
    console.log(etaCoverageLines(5_000).join('\n'));
    for (const r of rows) {
      expect(r.underP90).toBeGreaterThan(0.86);
      expect(r.underP90).toBeLessThan(0.95);
      expect(r.underP50).toBeGreaterThan(0.44);
      expect(r.underP50).toBeLessThan(0.57);
    }
  });
});
