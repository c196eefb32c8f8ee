/**
 * The journey companion (全程陪伴): the patient's next step, first. Worked examples —
 * an unpaid registration → 去缴费 before its hold runs out; unpaid outpatient orders after a visit →
 * 缴费后去检查或取药; a booked visit → its time and where to check in; nothing → the usual process.
 */
import type { OrderView } from '../shared/dto/billing';
import type { AppointmentView } from '../shared/dto/booking';
import type { CarePathView } from '../shared/dto/navigation';
import { carePathUrl, routeUrl } from '../shared/navigation-urls';
import { visitWord, type QueueStatus } from '../shared/dto/queue';
import { shanghaiTime } from '../shared/time';
import { type FunctionKey, offered } from '../shared/offers';

export interface NextStep {
  kind: 'pay' | 'visit' | 'none';
  /** Which step of the journey it is: 0 挂号, 1 签到, 2 候诊就诊, 3 缴费检查, 4 复诊随访. */
  stage: number;
  title: string;
  detail: string;
  action: string;
  url: string;
}

/** One step of the outpatient journey as the home page draws it; `mark` says in words whether it is done, never colour alone. */
export interface JourneyStep {
  text: string;
  desc: string;
  state: 'done' | 'now' | 'todo';
  /** '✓' done, '当前' the step to do now, '' still ahead. */
  mark: string;
}

/** Each step, with what it says when the hospital offers the step's online function and what it says otherwise. */
const JOURNEY: Array<{ text: string; key: FunctionKey | null; online: string; offline: string }> = [
  { text: '预约挂号', key: 'booking', online: '选择科室和医生，按时段预约', offline: '到挂号窗口或自助机挂号' },
  { text: '到院签到', key: 'queue', online: '到诊区签到后进入候诊队列', offline: '到诊区分诊台报到' },
  { text: '候诊就诊', key: null, online: '留意叫号，按序就诊', offline: '留意叫号，按序就诊' },
  { text: '缴费检查', key: 'payment', online: '缴费后按指引去检查或取药', offline: '到收费窗口缴费后按指引去检查或取药' },
  { text: '复诊随访', key: 'reports', online: '查看报告，按医嘱复诊', offline: '按医嘱复诊，报告到医院领取' },
];

/**
 * The journey as far as it is true: the steps before the next step's stage are done, that stage is
 * current, none is ticked without its fact (到院签到 only once the appointment is checked in, which the
 * queue's check-in records). Nothing under way: the usual process, nothing ticked. A step whose online
 * function the hospital does not offer says what to do at the hospital instead (shared/offers.ts).
 */
export function journeyOf(next: NextStep, hospital: { offers: readonly string[] } | null = null): JourneyStep[] {
  return JOURNEY.map((s, i) => {
    const state = next.kind === 'none' || i > next.stage ? 'todo' : i < next.stage ? 'done' : 'now';
    const desc = s.key === null || offered(hospital, s.key) ? s.online : s.offline;
    return { text: s.text, desc, state, mark: state === 'done' ? '✓' : state === 'now' ? '当前' : '' };
  });
}

export const NO_STEP: NextStep = { kind: 'none', stage: -1, title: '', detail: '', action: '', url: '' };

/** The live queue state as the title of the step: '候诊中，前面还有 3 人', '请到3诊室就诊'. */
function queueTitle(q: QueueStatus): string {
  if (q.state === 'called') return `请到${q.room}${visitWord(q)}`;
  if (q.state === 'in_consultation') return `${visitWord(q)}中`;
  if (q.state === 'skipped') return `已过号，前面还有 ${q.ahead} 人`;
  return `候诊中，前面还有 ${q.ahead} 人`;
}

/** The earliest booked or checked-in visit: the one whose queue state the home page asks for. */
export function upcomingVisit(appointments: readonly AppointmentView[]): AppointmentView | undefined {
  return appointments.filter((a) => a.status === 'booked' || a.status === 'checked_in').sort((a, b) => a.start - b.start)[0];
}

export function nextStep(appointments: readonly AppointmentView[], unpaid: readonly OrderView[], queue: QueueStatus | null = null): NextStep {
  const payable = unpaid.filter((o) => o.payable);
  const registration = payable.find((o) => o.kind === 'registration');
  if (registration) {
    const until = registration.holdUntil === null ? '' : `，请在${shanghaiTime(registration.holdUntil)}前完成`;
    return {
      kind: 'pay',
      stage: 0,
      title: `挂号费待支付 ${registration.totalText}`,
      detail: `${registration.departmentName} ${registration.doctorName} · ${registration.patientName}${until}`,
      action: '去缴费',
      url: `/billing/order/index?id=${registration.id}`,
    };
  }
  const orders = payable.filter((o) => o.kind === 'outpatient');
  if (orders.length > 0) {
    const total = orders.reduce((n, o) => n + o.totalFen, 0);
    return {
      kind: 'pay',
      stage: 3,
      title: `${orders.length}笔门诊费用待缴`,
      detail: `缴费后按指引去检查或取药（合计 ¥${(total / 100).toFixed(2)}）`,
      action: '去缴费',
      url: '/billing/orders/index?status=unpaid',
    };
  }
  const upcoming = upcomingVisit(appointments);
  if (upcoming) {
    const checkedIn = upcoming.status === 'checked_in';
    const live =
      checkedIn && queue !== null && queue.appointmentId === upcoming.id && queue.state !== 'not_checked_in' && queue.state !== 'done' ? queue : null;
    if (live) {
      return {
        kind: 'visit',
        stage: 2,
        title: queueTitle(live),
        detail: `${upcoming.departmentName} ${upcoming.ownerName} · ${upcoming.patientName}${live.state === 'waiting' || live.state === 'skipped' ? ` · 预计等待${live.etaText}` : ''}`,
        action: '查看候诊',
        url: `/queue/status/index?id=${upcoming.id}`,
      };
    }
    return {
      kind: 'visit',
      stage: checkedIn ? 2 : 1,
      title: checkedIn ? '已签到，请留意叫号' : `就诊：${upcoming.timeText}`,
      detail: `${upcoming.departmentName} ${upcoming.ownerName} · ${upcoming.patientName} · ${checkedIn ? '' : '到'}${upcoming.location}${checkedIn ? '' : '签到'}`,
      action: checkedIn ? '查看候诊' : '去签到',
      url: `/queue/status/index?id=${upcoming.id}`,
    };
  }
  return NO_STEP;
}

/** The visit whose care path the home page shows: the earliest booked or checked-in doctor visit. */
export function visitForCarePath(appointments: readonly AppointmentView[]): AppointmentView | null {
  const visits = appointments.filter((a) => a.ownerType === 'doctor' && (a.status === 'booked' || a.status === 'checked_in')).sort((a, b) => a.start - b.start);
  return visits[0] ?? null;
}

/** The care path's first stop, as the home page shows it, with 带我去 and the whole path. */
export interface CareStep {
  shown: boolean;
  title: string;
  detail: string;
  guideUrl: string;
  pathUrl: string;
}

export const NO_CARE_STEP: CareStep = { shown: false, title: '', detail: '', guideUrl: '', pathUrl: '' };

export function careStepOf(path: CarePathView | null): CareStep {
  const first = path ? path.stops[0] : undefined;
  if (!path || !first) return NO_CARE_STEP;
  return {
    shown: true,
    title: `${first.label} · ${first.place}`,
    detail: `约${first.etaMinutes}分钟后轮到${first.uncertain ? '（估算）' : ''} · 今日共${path.stops.length}站，全部完成约${path.totalMinutes}分钟`,
    guideUrl: routeUrl(path.hospitalId, first.pointId),
    pathUrl: carePathUrl(path.appointmentId),
  };
}
