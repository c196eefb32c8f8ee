/**
 * 就医反馈 domain: working days with the 2026 and 2027 holidays, the complaint state machine (every
 * allowed and refused transition), the 7-day rating window and the satisfaction figures. Pure:
 * every instant is an explicit Asia/Shanghai time.
 */
import { complaintNext, complaintTransition, isOverdue, type ComplaintEvent } from '../../backend/domain/feedback/complaints';
import { ratingCheck, scoresProblem, serviceRatingCheck } from '../../backend/domain/feedback/ratings';
import { HOME_VISIT_ROW, satisfactionByDepartment } from '../../backend/domain/feedback/stats';
import { isWorkingDay, nthWorkingDayAfter, workingDaysLeft, workingDeadline } from '../../backend/domain/feedback/working-days';
import { AppointmentStatus, ComplaintStatus, type ComplaintStatus as Status } from '../../miniprogram/shared/enums';
import { shanghaiInstant as at } from '../../miniprogram/shared/time';

describe('working days', () => {
  it.each([
    ['2026-10-01', false, '国庆'],
    ['2026-10-10', true, '国庆调休的周六'],
    ['2026-09-20', true, '国庆调休的周日'],
    ['2026-02-14', true, '春节调休的周六'],
    ['2026-02-23', false, '春节最后一天（周一）'],
    ['2026-01-04', true, '元旦调休的周日'],
    ['2026-05-05', false, '劳动节（周二）'],
    ['2026-05-09', true, '劳动节调休的周六'],
    ['2026-11-28', false, '普通周六'],
    ['2026-11-30', true, '普通周一'],
    ['2027-02-08', false, '2027 春节'],
    ['2027-10-09', true, '2027 国庆调休的周六'],
    ['2027-06-09', false, '2027 端午'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it('5 working days from a Wednesday morning end with the next Wednesday', () => {
    expect(nthWorkingDayAfter(at('2026-11-25', '09:30'), 5)).toBe('2026-12-02');
    expect(workingDeadline(at('2026-11-25', '09:30'), 5)).toBe(at('2026-12-03', '00:00'));
  });

  it('a complaint received on 30 September 2026 skips the National Day week and counts the Saturday worked', () => {
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (worked), 10-12 Mon, 10-13 Tue
    expect(nthWorkingDayAfter(at('2026-09-30', '16:00'), 5)).toBe('2026-10-13');
  });

  it('a complaint received late at night counts from the Shanghai date', () => {
    expect(nthWorkingDayAfter(at('2026-11-27', '23:59'), 1)).toBe('2026-11-30');
  });

  it('10 working days over the 2026 Spring Festival', () => {
    // 2-11 Wed → 2-12, 2-13, 2-14 (Sat worked), 2-24 … 2-27, 2-28 (Sat worked), 3-2, 3-3
    expect(nthWorkingDayAfter(at('2026-02-11', '10:00'), 10)).toBe('2026-03-03');
  });

  it('days left: 5 at receipt, 0 on the last day, negative after', () => {
    const due = workingDeadline(at('2026-11-25', '09:30'), 5);
    expect(workingDaysLeft(at('2026-11-25', '09:30'), due)).toBe(5);
    expect(workingDaysLeft(at('2026-12-02', '18:00'), due)).toBe(0);
    expect(workingDaysLeft(at('2026-12-03', '08:00'), due)).toBe(-1);
  });
});

describe('complaint state machine', () => {
  const by = { openid: 'svc-1', name: '客服小李' };
  const limits = { singleDays: 5, multiDays: 10 };
  const events: Record<string, ComplaintEvent> = {
    assign: { kind: 'assign', handler: '门诊部', multiDepartment: false, limits },
    answer: { kind: 'answer', text: '已核实并致歉' },
    close: { kind: 'close', note: '患者认可' },
  };
  const target: Record<string, Status> = { assign: ComplaintStatus.handling, answer: ComplaintStatus.answered, close: ComplaintStatus.closed };
  const received = at('2026-11-25', '09:30');
  const now = at('2026-11-26', '10:00');

  const all = Object.values(ComplaintStatus).flatMap((from) => Object.keys(events).map((e) => ({ from, e, allowed: complaintNext[from].includes(target[e]) })));

  it('allows exactly received→handling, received→answered, handling→handling, handling→answered, answered→closed', () => {
    expect(
      all
        .filter((c) => c.allowed)
        .map((c) => `${c.from}:${c.e}`)
        .sort(),
    ).toEqual(['answered:close', 'handling:answer', 'handling:assign', 'received:answer', 'received:assign'].sort());
  });

  it.each(all)('$from with $e → allowed $allowed', ({ from, e, allowed }) => {
    const t = complaintTransition({ status: from, receivedAt: received, steps: [] }, events[e], by, now);
    expect(t.ok).toBe(allowed);
    if (t.ok) {
      expect(t.from).toBe(from);
      expect(t.patch.status).toBe(target[e]);
      expect(t.patch.steps).toEqual([{ status: target[e], by: 'svc-1', byName: '客服小李', at: now, note: expect.any(String) }]);
    } else {
      expect(t.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('assigning as a multi-department complaint gives 10 working days from receipt', () => {
    const t = complaintTransition(
      { status: ComplaintStatus.received, receivedAt: received, steps: [] },
      { kind: 'assign', handler: '医务科', multiDepartment: true, limits },
      by,
      now,
    );
    expect(t.ok && t.patch.dueAt).toBe(at('2026-12-10', '00:00'));
    expect(t.ok && t.patch.limitDays).toBe(10);
  });

  it('answering ends the open phase; overdue only while unanswered', () => {
    const t = complaintTransition({ status: ComplaintStatus.handling, receivedAt: received, steps: [] }, events.answer, by, now);
    expect(t.ok && t.patch.phase).toBe('done');
    const due = at('2026-12-03', '00:00');
    expect(isOverdue({ status: ComplaintStatus.handling, dueAt: due }, at('2026-12-03', '00:00'))).toBe(true);
    expect(isOverdue({ status: ComplaintStatus.received, dueAt: due }, at('2026-12-02', '23:59'))).toBe(false);
    expect(isOverdue({ status: ComplaintStatus.answered, dueAt: due }, at('2026-12-09', '00:00'))).toBe(false);
  });
});

describe('rating a visit', () => {
  const first = at('2026-11-20', '10:00');
  it('only a completed visit', () => {
    for (const s of Object.values(AppointmentStatus)) expect(ratingCheck(s, null, first).ok).toBe(s === AppointmentStatus.completed);
  });
  it('once, then editable for 7 days', () => {
    expect(ratingCheck(AppointmentStatus.completed, null, first)).toEqual({ ok: true, kind: 'create' });
    expect(ratingCheck(AppointmentStatus.completed, { createdAt: first }, at('2026-11-27', '09:59'))).toEqual({ ok: true, kind: 'edit' });
    expect(ratingCheck(AppointmentStatus.completed, { createdAt: first }, at('2026-11-27', '10:00'))).toEqual({
      ok: false,
      message: '评价已超过7天，不能再修改',
    });
  });
});

describe('rating an online service or a home visit by the same rule', () => {
  const first = at('2026-11-20', '10:00');
  it.each([
    ['consult', ['closed'], ['unpaid', 'waiting', 'accepted', 'declined', 'expired', 'withdrawn'], '咨询结束后才能评价'],
    ['followup', ['completed'], ['unpaid', 'waiting', 'accepted', 'referred', 'declined', 'withdrawn'], '复诊完成后才能评价'],
    ['delivery', ['received', 'picked_up'], ['fee_unpaid', 'paid', 'packed', 'shipped', 'ready', 'cancelled'], '收到药品后才能评价'],
    ['homecare', ['finished'], ['requested', 'accepted', 'paid', 'assigned', 'departed', 'started', 'cancelled', 'declined'], '服务完成后才能评价'],
  ] as const)('%s: only when finished (%j)', (kind, finished, unfinished, message) => {
    for (const s of finished) expect(serviceRatingCheck(kind, s, null, first)).toEqual({ ok: true, kind: 'create' });
    for (const s of unfinished) expect(serviceRatingCheck(kind, s, null, first)).toEqual({ ok: false, message });
  });
  it('once, then editable for 7 days', () => {
    expect(serviceRatingCheck('delivery', 'received', { createdAt: first }, at('2026-11-27', '09:59'))).toEqual({ ok: true, kind: 'edit' });
    expect(serviceRatingCheck('delivery', 'received', { createdAt: first }, at('2026-11-27', '10:00'))).toEqual({
      ok: false,
      message: '评价已超过7天，不能再修改',
    });
  });
  it("scores exactly the kind's aspects", () => {
    expect(scoresProblem('consult', { doctor: 5, response: 4 })).toBeNull();
    expect(scoresProblem('consult', { doctor: 5 })).toBe('response');
    expect(scoresProblem('delivery', { speed: 5, packaging: 4, doctor: 3 })).toBe('doctor');
    expect(scoresProblem('homecare', { nurse: 5, punctuality: 4 })).toBeNull();
  });
});

it('satisfaction per department: averages and the share of all-4-or-5 ratings', () => {
  const s = (n: number) => ({ doctor: n, nurse: n, waiting: n, environment: n, payment: n });
  const stats = satisfactionByDepartment([
    { departmentId: 'd1', departmentName: '心内科', scores: s(5) },
    { departmentId: 'd1', departmentName: '心内科', scores: { ...s(4), waiting: 2 } },
    { departmentId: 'd2', departmentName: '儿科', scores: s(3) },
  ]);
  expect(stats[0]).toEqual({
    departmentId: 'd1',
    departmentName: '心内科',
    count: 2,
    averages: { doctor: 4.5, nurse: 4.5, waiting: 3.5, environment: 4.5, payment: 4.5, response: null, speed: null, packaging: null, punctuality: null },
    satisfiedPercent: 50,
  });
  expect(stats[1].satisfiedPercent).toBe(0);
});

it('satisfaction: home visits score the nurse and punctuality, the other aspects left empty', () => {
  const stats = satisfactionByDepartment([
    { ...HOME_VISIT_ROW, scores: { nurse: 5, punctuality: 4 } },
    { ...HOME_VISIT_ROW, scores: { nurse: 2, punctuality: 5 } },
  ]);
  expect(stats).toEqual([
    {
      departmentId: 'homecare',
      departmentName: '上门护理',
      count: 2,
      averages: { doctor: null, nurse: 3.5, waiting: null, environment: null, payment: null, response: null, speed: null, packaging: null, punctuality: 4.5 },
      satisfiedPercent: 50,
    },
  ]);
});
