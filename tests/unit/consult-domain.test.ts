/**
 * 在线咨询 domain, with a frozen clock at explicit Asia/Shanghai times: the state machine (every
 * allowed and refused move), fees (per doctor, default, department, free), the answer deadline,
 * follow-ups (two, only after an answer), closing 48 hours after the last answer, who may take a
 * question, the worklist order, red flags from the triage engine, and the word list.
 */
import type { ConsultStatus } from '../../miniprogram/shared/dto/consult';
import { shanghaiInstant } from '../../miniprogram/shared/time';
import {
  CLOSE_AFTER_MS,
  answerDeadline,
  consultFeeFen,
  consultStep,
  followUpRefusal,
  handlerRefusal,
  isDueToClose,
  isOverdue,
  isUnpaidTooLong,
  replyRefusal,
  settingsOf,
  worklistOrder,
  type ConsultEvent,
} from '../../backend/domain/online/consult';
import { consultRedFlags } from '../../backend/domain/online/consult-red-flags';
import { labelReason, wechatVerdict, wordListVerdict } from '../../backend/domain/online/content-words';
import { StaffRole } from '../../miniprogram/shared/enums';

const T0 = shanghaiInstant('2026-11-25', '09:30');
const H = 3_600_000;

describe('state machine', () => {
  const all: ConsultStatus[] = ['unpaid', 'waiting', 'accepted', 'closed', 'declined', 'expired', 'withdrawn'];
  const allowed: Record<ConsultEvent, ConsultStatus[]> = {
    pay: ['unpaid'],
    accept: ['waiting'],
    decline: ['waiting'],
    expire: ['waiting'],
    withdraw: ['unpaid', 'waiting'],
    end: ['accepted'],
    close: ['accepted'],
  };
  for (const [event, from] of Object.entries(allowed) as Array<[ConsultEvent, ConsultStatus[]]>) {
    it.each(all)(`${event} from %s`, (status) => {
      const step = consultStep(status, event);
      expect(step.ok).toBe(from.includes(status));
    });
  }
  it('says why a move is refused', () => {
    expect(consultStep('accepted', 'withdraw')).toEqual({ ok: false, message: '医生已接诊，不能撤回；如不再需要，可结束咨询' });
    expect(consultStep('closed', 'end')).toEqual({ ok: false, message: '只有进行中的咨询可以结束' });
  });
});

describe('fees and settings', () => {
  const s = settingsOf('h1', { _id: 'h1', answerHours: 12, defaultFen: 2000, departmentFen: 0, doctorFees: { d1: 3000, d2: 0 }, updatedBy: '', updatedAt: 0 });
  it.each([
    ['d1', 3000],
    ['d2', 0],
    ['d3', 2000],
    [null, 0],
  ] as const)('doctor %s → %i fen', (doctor, fen) => expect(consultFeeFen(s, doctor)).toBe(fen));
  it('defaults when the hospital has none: 24 hours, ¥20, department ¥10', () => {
    expect(settingsOf('h2', null)).toMatchObject({ _id: 'h2', answerHours: 24, defaultFen: 2000, departmentFen: 1000 });
  });
});

describe('deadline and closing (Asia/Shanghai)', () => {
  it("the answer deadline is the hospital's hours after the question reached the doctors", () => {
    expect(answerDeadline(T0, { answerHours: 24 })).toBe(shanghaiInstant('2026-11-26', '09:30'));
    expect(answerDeadline(shanghaiInstant('2026-12-31', '22:00'), { answerHours: 6 })).toBe(shanghaiInstant('2027-01-01', '04:00'));
  });
  it('overdue at the deadline, not a minute before; only while waiting', () => {
    const c = { status: 'waiting' as const, answerBy: T0 + 24 * H };
    expect(isOverdue(c, T0 + 24 * H - 60_000)).toBe(false);
    expect(isOverdue(c, T0 + 24 * H)).toBe(true);
    expect(isOverdue({ ...c, status: 'accepted' }, T0 + 48 * H)).toBe(false);
  });
  it('an unpaid question is withdrawn after 30 minutes', () => {
    expect(isUnpaidTooLong({ status: 'unpaid', createdAt: T0 }, T0 + 29 * 60_000)).toBe(false);
    expect(isUnpaidTooLong({ status: 'unpaid', createdAt: T0 }, T0 + 30 * 60_000)).toBe(true);
  });
  it('a thread closes 48 hours after the last answer', () => {
    const c = { status: 'accepted' as const, closesAt: T0 + CLOSE_AFTER_MS };
    expect(isDueToClose(c, shanghaiInstant('2026-11-27', '09:29'))).toBe(false);
    expect(isDueToClose(c, shanghaiInstant('2026-11-27', '09:30'))).toBe(true);
    expect(isDueToClose({ status: 'accepted', closesAt: null }, T0 + 100 * H)).toBe(false);
  });
});

describe('follow-ups and replies', () => {
  const open = { status: 'accepted' as const, closesAt: T0 + 48 * H, followUps: 0, lastAnswerAt: T0 };
  it.each([
    [open, null],
    [{ ...open, followUps: 1 }, null],
    [{ ...open, followUps: 2 }, '每次咨询最多追问2次'],
    [{ ...open, lastAnswerAt: null, closesAt: null }, '医生回复后才能追问'],
    [{ ...open, status: 'closed' as const }, '该咨询已结束，不能再追问'],
  ])('%j → %s', (c, why) => expect(followUpRefusal(c, T0 + H)).toBe(why));
  it('no follow-up once the 48 hours have passed, even before the timer closes it', () => {
    expect(followUpRefusal(open, T0 + 48 * H)).toBe('该咨询已结束，不能再追问');
  });
  it('the doctor replies only once accepted and while open', () => {
    expect(replyRefusal({ status: 'waiting', closesAt: null }, T0)).toBe('请先接诊再回复');
    expect(replyRefusal({ status: 'accepted', closesAt: null }, T0)).toBeNull();
    expect(replyRefusal({ status: 'accepted', closesAt: T0 }, T0)).toBe('该咨询已结束');
    expect(replyRefusal({ status: 'closed', closesAt: null }, T0)).toBe('该咨询已结束');
  });
});

describe('who may take a question', () => {
  const doctor = { roles: [StaffRole.doctor], doctorId: 'doc-1', practiceSinceYear: 2010, hospitalId: 'h1' };
  const toDoctor = { hospitalId: 'h1', target: 'doctor' as const, doctorId: 'doc-1', departmentId: 'dep-1' };
  const toDept = { hospitalId: 'h1', target: 'department' as const, doctorId: '', departmentId: 'dep-1' };
  it.each([
    ['the doctor asked', doctor, 'dep-1', toDoctor, null],
    ['another doctor', { ...doctor, doctorId: 'doc-2' }, 'dep-1', toDoctor, '这是提给其他医生的咨询'],
    ['a doctor of the department', { ...doctor, doctorId: 'doc-2' }, 'dep-1', toDept, null],
    ['a doctor of another department', doctor, 'dep-2', toDept, '这是提给其他科室的咨询'],
    ["another hospital's doctor", { ...doctor, hospitalId: 'h2' }, 'dep-1', toDoctor, '仅本院执业医师可处理该咨询'],
    ['no staff record', null, null, toDoctor, '仅本院执业医师可处理该咨询'],
    ['under 3 years of practice', { ...doctor, practiceSinceYear: 2024 }, 'dep-1', toDoctor, '独立执业满3年的医生方可提供线上诊疗'],
    ['no practice year', { ...doctor, practiceSinceYear: undefined }, 'dep-1', toDoctor, '该医生未登记独立执业起始年份，暂不能提供线上诊疗'],
    ['not bound to a doctor record', { ...doctor, doctorId: undefined }, 'dep-1', toDept, '仅本院执业医师可提供线上诊疗'],
    ['a nurse', { ...doctor, roles: [StaffRole.nurse] }, 'dep-1', toDept, '仅本院执业医师可提供线上诊疗'],
  ])('%s', (_name, staff, dept, c, why) => expect(handlerRefusal(staff, dept, c, 2026)).toBe(why));
});

it('the worklist: red flags first, then waiting before accepted, then the earliest deadline', () => {
  const c = (id: string, redFlag: boolean, status: ConsultStatus, answerBy: number | null) => ({ id, redFlag, status, answerBy, createdAt: T0 });
  const sorted = [
    c('a', false, 'waiting', T0 + 5 * H),
    c('b', false, 'accepted', null),
    c('c', true, 'waiting', T0 + 9 * H),
    c('d', false, 'waiting', T0 + H),
  ].sort(worklistOrder);
  expect(sorted.map((x) => x.id)).toEqual(['c', 'd', 'a', 'b']);
});

describe("red flags (the triage engine's rules)", () => {
  const adult = { age: 58, sex: 'male' as const };
  it.each([
    ['胸口疼，出了一身冷汗', true],
    ['突然说话不清楚，一边手脚没力气', true],
    ['血压最近偏高，需要加药吗', false],
    ['没有胸痛，也没有出冷汗，就是想问问血脂', false],
  ])('%s → %s', (text, flagged) => {
    const mark = consultRedFlags(text, adult, []);
    expect(mark.redFlag).toBe(flagged);
    expect(mark.labels.length > 0).toBe(flagged);
  });
});

describe('content security', () => {
  it.each([
    ['医生你是个傻逼', '20003'],
    ['加 微 信 返 现', '10001'],
    ['哪里有赌博网站', '20006'],
  ])('the word list refuses %s (label %s) with the reason', (text, label) => {
    expect(wordListVerdict(text)).toEqual({ ok: false, label, reason: labelReason(label) });
  });
  it.each(['我吃了安眠药后头晕', '乳房有个硬块', '孩子拉肚子三天', '想自杀怎么办'])('passes medical words: %s', (text) =>
    expect(wordListVerdict(text)).toEqual({ ok: true }),
  );
  it("WeChat: risky is refused with its label's reason; review and pass go through", () => {
    expect(wechatVerdict({ suggest: 'risky', label: 20001 })).toEqual({ ok: false, label: '20001', reason: '内容含有时政信息，未能发送，请修改后再试' });
    expect(wechatVerdict({ suggest: 'review', label: 20012 })).toEqual({ ok: true });
    expect(wechatVerdict({ suggest: 'pass', label: 100 })).toEqual({ ok: true });
    expect(wechatVerdict(undefined)).toEqual({ ok: true });
    expect(labelReason('99999')).toBe('内容含有违规信息，未能发送，请修改后再试');
  });
});
