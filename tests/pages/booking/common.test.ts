import type { AppointmentView, BookingRules, DaySummary, PatientView, SessionSummary, SlotView } from '../../../miniprogram/shared/dto/booking';
import type { SlotStatus } from '../../../miniprogram/shared/dto/booking';
import type { Envelope } from '../../../miniprogram/shared/envelope';
import { shanghaiInstant } from '../../../miniprogram/shared/time';
import { appointmentCard, holdMinutesOf, resultTitle, statusTagType } from '../../../miniprogram/booking/common/appointment';
import { mapEnvelope, recordView, viewOf } from '../../../miniprogram/stores/remote';
import { emptyPatientForm, fieldOf, formOfPatient, isValid, patientInput, validatePatient } from '../../../miniprogram/booking/common/patient-form';
import { defaultPatientId, patientOption } from '../../../miniprogram/booking/common/patients';
import { makeRequestId, REQUEST_ID } from '../../../miniprogram/shared/request-id';
import { durationText, ruleLines } from '../../../miniprogram/booking/common/rules';
import { dayMark, findRow, groupSlots, pickDate, plainStrip, sessionRows, stripOf } from '../../../miniprogram/booking/common/schedule';
import { weekdayLabelOf } from '../../../miniprogram/shared/time';

function session(status: SlotStatus, s: SessionSummary['session'] = 'am'): SessionSummary {
  return { session: s, sessionLabel: '上午', status, statusLabel: status, remaining: status === 'open' ? 5 : 0, feeFen: 0, feeText: '免费' };
}

function day(date: string, sessions: SessionSummary[]): DaySummary {
  return { date, dayLabel: '周一', shortDate: date.slice(5), sessions };
}

function slot(id: string, startTime: string, s: SlotView['session'], status: SlotStatus, remaining: number): SlotView {
  const start = shanghaiInstant('2026-11-30', startTime);
  return {
    id,
    start,
    end: start + 1_800_000,
    startTime,
    endTime: '',
    date: '2026-11-30',
    session: s,
    capacity: 4,
    remaining,
    status,
    statusLabel: { open: '可预约', full: '约满', stopped: '停诊', not_released: '未放号', closed: '已结束' }[status],
    feeFen: 3500,
    feeText: '¥35.00',
  };
}

function appointment(over: Partial<AppointmentView>): AppointmentView {
  return {
    id: 'appt-1',
    status: 'booked',
    statusLabel: '已预约',
    hospitalId: 'h',
    hospitalName: '医院',
    patientId: 'p',
    patientName: '张建国',
    ownerType: 'doctor',
    ownerName: '陈立民',
    departmentName: '心血管内科',
    location: '门诊楼2楼',
    date: '2026-11-30',
    session: 'am',
    sessionLabel: '上午',
    start: 0,
    end: 0,
    timeText: '2026-11-30 周一 上午 08:00-08:30',
    feeFen: 3500,
    feeText: '¥35.00',
    holdUntil: null,
    cancellable: true,
    cancelReason: '',
    refund: 'none',
    refundText: '',
    prepNotes: [],
    examOrderId: null,
    placeId: 'd-zz-cardio',
    createdAt: 0,
    ...over,
  };
}

function patient(over: Partial<PatientView>): PatientView {
  return {
    id: 'p1',
    name: '张建国',
    relation: 'self',
    relationLabel: '本人',
    idType: 'resident_id',
    idTypeLabel: '居民身份证',
    idNumberMasked: '4****************1',
    phoneMasked: '138****0001',
    age: null,
    sex: 'male',
    restrictedUntil: null,
    ...over,
  };
}

describe('booking request ids', () => {
  it('are time and randomness in base 36, within the server’s 8–64 characters of [A-Za-z0-9_-]', () => {
    const id = makeRequestId(1795572000000, () => 0.5);
    expect(id).toBe(
      `${(1795572000000).toString(36)}-${Math.floor(0.5 * 36 ** 5)
        .toString(36)
        .repeat(2)}`,
    );
    expect(id).toMatch(REQUEST_ID);
    expect(makeRequestId(0, () => 0)).toMatch(REQUEST_ID);
    expect(makeRequestId(Date.now(), () => 0.999999)).toMatch(REQUEST_ID);
    expect(makeRequestId(Date.now(), Math.random)).not.toBe(makeRequestId(Date.now(), Math.random));
  });
});

describe('booking schedule helpers', () => {
  it('marks a day from its sessions', () => {
    expect(dayMark([session('full'), session('open', 'pm')])).toEqual({ mark: '有号', tone: 'open' });
    expect(dayMark([session('full'), session('stopped', 'pm')])).toEqual({ mark: '停诊', tone: 'off' });
    expect(dayMark([session('not_released')])).toEqual({ mark: '未放号', tone: 'off' });
    expect(dayMark([session('full')])).toEqual({ mark: '约满', tone: 'off' });
    expect(dayMark([session('closed')])).toEqual({ mark: '无号', tone: 'none' });
    expect(dayMark([])).toEqual({ mark: '无号', tone: 'none' });
  });

  it('builds strips and picks the requested day, else the first open one, else the first', () => {
    const days = [day('2026-11-25', [session('closed')]), day('2026-11-26', []), day('2026-11-27', [session('open')])];
    expect(stripOf(days).map((d) => d.mark)).toEqual(['无号', '无号', '有号']);
    expect(plainStrip(days)[0]).toEqual({ date: '2026-11-25', dayLabel: '周一', shortDate: '11-25', mark: '', tone: 'plain' });
    expect(pickDate(days, '2026-11-26')).toBe('2026-11-26');
    expect(pickDate(days, '2027-01-01')).toBe('2026-11-27');
    expect(pickDate(days.slice(0, 2), '')).toBe('2026-11-25');
    expect(pickDate([], '')).toBe('');
  });

  it('groups slots by session in time order, open ones with the places left and others with their status', () => {
    const groups = groupSlots([
      slot('b', '14:30', 'pm', 'full', 0),
      slot('c', '08:30', 'am', 'open', 3),
      slot('a', '14:00', 'pm', 'stopped', 0),
      slot('d', '08:00', 'am', 'closed', 0),
    ]);
    expect(groups.map((g) => g.sessionLabel)).toEqual(['上午', '下午']);
    expect(groups[0].slots.map((r) => [r.id, r.open, r.stateText])).toEqual([
      ['d', false, '已结束'],
      ['c', true, '剩3个'],
    ]);
    expect(groups[1].slots.map((r) => r.stateText)).toEqual(['停诊', '约满']);
    expect(findRow(groups, 'b')!.status).toBe('full');
    expect(findRow(groups, 'zz')).toBeNull();
    expect(findRow(null, 'a')).toBeNull();
    expect(sessionRows([session('open'), session('full')]).map((s) => [s.open, s.stateText])).toEqual([
      [true, '剩5个'],
      [false, 'full'],
    ]);
  });

  it('names weekdays', () => {
    expect(weekdayLabelOf('2026-11-25')).toBe('周三');
    expect(weekdayLabelOf('2026-11-29')).toBe('周日');
  });
});

describe('booking rules in plain words', () => {
  it('says minutes as hours where it can', () => {
    expect(durationText(120)).toBe('2小时');
    expect(durationText(90)).toBe('1小时30分钟');
    expect(durationText(15)).toBe('15分钟');
  });

  it('states every rule', () => {
    const rules: BookingRules = {
      windowDays: 7,
      releaseTime: '08:00',
      cancelDeadlineMinutes: 120,
      holdMinutes: 15,
      dailyCap: 3,
      noShowText: '90天内爽约3次，30天内不能预约',
    };
    const text = ruleLines(rules).join('\n');
    expect(text).toContain('15分钟内缴费');
    expect(text).toContain('就诊前2小时以前可以在线取消');
    expect(text).toContain('每天最多预约3个号');
    expect(text).toContain('爽约规定：90天内爽约3次，30天内不能预约。');
    expect(text).toContain('可预约7天内的号，每天08:00放出新一天的号');
  });
});

describe('booking appointment helpers', () => {
  it('titles the result and tags the status', () => {
    expect(resultTitle(appointment({}))).toBe('预约成功');
    expect(resultTitle(appointment({ status: 'pending_payment', statusLabel: '待支付' }))).toBe('待支付');
    expect(resultTitle(appointment({ status: 'cancelled', statusLabel: '已取消' }))).toBe('已取消');
    expect(statusTagType('pending_payment')).toBe('warning');
    expect(statusTagType('booked')).toBe('success');
    expect(statusTagType('no_show')).toBe('danger');
    expect(appointmentCard(appointment({}))).toMatchObject({ id: 'appt-1', tagType: 'success', ownerName: '陈立民', feeText: '¥35.00' });
  });

  it('tells an unpaid patient how long the place is held and until when', () => {
    const createdAt = shanghaiInstant('2026-11-25', '09:30');
    const unpaid = appointment({ status: 'pending_payment', createdAt, holdUntil: createdAt + 15 * 60_000 });
    expect(holdMinutesOf(unpaid)).toBe(15);
  });
});

describe('booking patient form', () => {
  it('checks every field with the shared validators', () => {
    const errors = validatePatient({ name: '张', relation: '', idType: 'resident_id', idNumber: '110105201203150012', phone: '1234' });
    expect(errors).toEqual({
      name: '姓名至少2个字',
      relation: '请选择与您的关系',
      idType: '',
      idNumber: '身份证号码不正确，请核对（18位，最后一位可能是X）',
      phone: '请填写11位手机号码',
    });
    expect(isValid(errors)).toBe(false);
    const ok = { name: ' 张小明 ', relation: 'child' as const, idType: 'resident_id' as const, idNumber: '11010519700101002x', phone: '13912345678' };
    expect(isValid(validatePatient(ok))).toBe(true);
    expect(patientInput(ok)).toEqual({ name: '张小明', relation: 'child', idType: 'resident_id', idNumber: '11010519700101002X', phone: '13912345678' });
    expect(patientInput(emptyPatientForm())).toBeNull();
    expect(validatePatient({ ...ok, idType: 'passport', idNumber: 'E12345678' }).idNumber).toBe('');
    expect(validatePatient({ ...ok, phone: '' }).phone).toBe('请填写手机号码');
  });

  it('edits with the numbers typed again, and maps server fields', () => {
    expect(formOfPatient(patient({ relation: 'parent' }))).toEqual({ name: '张建国', relation: 'parent', idType: 'resident_id', idNumber: '', phone: '' });
    expect(fieldOf('idNumber')).toBe('idNumber');
    expect(fieldOf('phone.0')).toBe('phone');
    expect(fieldOf('requestId')).toBe('');
    expect(fieldOf(undefined)).toBe('');
  });

  it('lists members with their restriction and preselects one who may book', () => {
    const restricted = patientOption(patient({ id: 'p1', restrictedUntil: shanghaiInstant('2026-12-19', '09:00') }));
    expect(restricted.restrictedText).toBe('因多次爽约，2026-12-19前暂不能预约');
    const free = patientOption(patient({ id: 'p2' }));
    expect(defaultPatientId([restricted, free], '')).toBe('p2');
    expect(defaultPatientId([restricted, free], 'p1')).toBe('p1');
    expect(defaultPatientId([restricted], 'gone')).toBe('p1');
    expect(defaultPatientId([], '')).toBe('');
  });
});

describe('booking views', () => {
  const notFound: Envelope<string> = { ok: false, error: { code: 'NOT_FOUND', message: '预约不存在' } };
  const offline: Envelope<string> = { ok: false, error: { code: 'NETWORK', message: '网络不太好，请稍后重试' } };

  it('turns envelopes into views: a missing record is empty, a failure an error', async () => {
    expect(await recordView('', async () => ({ ok: true, data: 'x' }))).toEqual({ status: 'empty', data: null, error: '' });
    expect(await recordView('a', async () => notFound)).toEqual({ status: 'empty', data: null, error: '' });
    expect(await recordView('a', async () => offline)).toEqual({ status: 'error', data: null, error: '网络不太好，请稍后重试' });
    expect(await recordView('a', async () => ({ ok: true, data: 'x' }))).toEqual({ status: 'ready', data: 'x', error: '' });
    expect(viewOf<string[]>({ ok: true, data: [] }, (d) => d.length === 0).status).toBe('empty');
    expect(mapEnvelope({ ok: true, data: 2 }, (n) => n * 2)).toEqual({ ok: true, data: 4 });
    expect(mapEnvelope(offline, (s: string) => s.length)).toBe(offline);
  });
});
