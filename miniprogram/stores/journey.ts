/**
 * The journey companion (全程陪伴): the patient's next step, first. Worked examples —
 * an unpaid registration → 去缴费 before its hold runs out; unpaid outpatient orders after a visit →
 * 缴费后去检查或取药; a booked visit → its time and where to check in; nothing → the usual process.
 */
import type { OrderView } from '../shared/dto/billing';
import type { AppointmentView } from '../shared/dto/booking';
import type { CarePathView } from '../shared/dto/navigation';
import { carePathUrl, routeUrl } from '../shared/navigation-urls';
import { shanghaiTime } from '../shared/time';

export interface NextStep {
  kind: 'pay' | 'visit' | 'none';
  /** Which step of the journey it is: 0 挂号, 1 签到, 2 候诊就诊, 3 缴费检查, 4 复诊随访. */
  stage: number;
  title: string;
  detail: string;
  action: string;
  url: string;
}

export const NO_STEP: NextStep = { kind: 'none', stage: -1, title: '', detail: '', action: '', url: '' };

export function nextStep(appointments: readonly AppointmentView[], unpaid: readonly OrderView[]): NextStep {
  const payable = unpaid.filter((o) => o.payable);
  const registration = payable.find((o) => o.kind === 'registration');
  if (registration) {
    const until = registration.holdUntil === null ? '' : `，请在${shanghaiTime(registration.holdUntil)}前完成`;
    return { kind: 'pay', stage: 0, title: `挂号费待支付 ${registration.totalText}`, detail: `${registration.departmentName} ${registration.doctorName} · ${registration.patientName}${until}`, action: '去缴费', url: `/billing/order/index?id=${registration.id}` };
  }
  const orders = payable.filter((o) => o.kind === 'outpatient');
  if (orders.length > 0) {
    const total = orders.reduce((n, o) => n + o.totalFen, 0);
    return { kind: 'pay', stage: 3, title: `${orders.length}笔门诊费用待缴`, detail: `缴费后按指引去检查或取药（合计 ¥${(total / 100).toFixed(2)}）`, action: '去缴费', url: '/billing/orders/index?status=unpaid' };
  }
  const upcoming = appointments.filter((a) => a.status === 'booked' || a.status === 'checked_in').sort((a, b) => a.start - b.start)[0];
  if (upcoming) {
    const checkedIn = upcoming.status === 'checked_in';
    return {
      kind: 'visit',
      stage: checkedIn ? 2 : 1,
      title: checkedIn ? '已签到，请留意叫号' : `就诊：${upcoming.timeText}`,
      detail: `${upcoming.departmentName} ${upcoming.ownerName} · ${upcoming.patientName} · ${checkedIn ? '' : '到'}${upcoming.location}${checkedIn ? '' : '签到'}`,
      action: '查看预约',
      url: `/booking/appointment/index?id=${upcoming.id}`,
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
    detail: `约${first.etaMinutes}分钟后轮到 · 今日共${path.stops.length}站，全部完成约${path.totalMinutes}分钟`,
    guideUrl: routeUrl(path.hospitalId, first.pointId),
    pathUrl: carePathUrl(path.appointmentId),
  };
}
