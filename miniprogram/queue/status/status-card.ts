/** What the queue page shows of the patient's status: the headline, the lines under it, and which actions. */
import { visitWord, type QueueStatus } from '../../shared/dto/queue';

export interface StatusCard {
  headline: string;
  lines: string[];
  /** Not checked in yet and paid: offer check-in. */
  canCheckIn: boolean;
  /** Only while waiting: the number is shown large. */
  showAhead: boolean;
  /** 带我去 (the route to the clinic) until the patient is in the room or the appointment is over. */
  showGuide: boolean;
  tone: 'primary' | 'success' | 'warning' | 'default';
}

/** '预计等待 约 16–27 分钟', or '即将轮到您' when nobody is ahead. */
function waitLine(s: QueueStatus): string {
  return s.etaMinutes.p90 > 0 ? `预计等待 ${s.etaText}` : '即将轮到您';
}

export function statusCard(s: QueueStatus): StatusCard {
  const who = `${s.departmentName} ${s.doctorName} · ${s.patientName} · ${s.slotText}`;
  const word = visitWord(s);
  switch (s.state) {
    case 'not_checked_in':
      return {
        headline: s.unpaid ? '挂号费未支付' : '还未签到',
        lines: [who, s.unpaid ? '请先缴费，缴费后才能签到候诊' : `${s.checkInOpensText} 起可签到，请到${s.room}扫描诊区签到码`],
        canCheckIn: !s.unpaid,
        showAhead: false,
        showGuide: true,
        tone: s.unpaid ? 'warning' : 'default',
      };
    case 'closed':
      return {
        headline: `该预约${s.stateLabel}`,
        lines: [who, '不能签到候诊，可在“我的预约”查看详情'],
        canCheckIn: false,
        showAhead: false,
        showGuide: false,
        tone: 'default',
      };
    case 'called':
      return {
        headline: `请到${s.room}${word}`,
        lines: [who, `护士正在叫您的号，请尽快到${s.exam ? '检查室' : '诊室'}`],
        canCheckIn: false,
        showAhead: false,
        showGuide: true,
        tone: 'success',
      };
    case 'in_consultation':
      return {
        headline: `${word}中`,
        lines: [who, `${s.exam ? '检查室' : '诊室'}：${s.room}`],
        canCheckIn: false,
        showAhead: false,
        showGuide: false,
        tone: 'primary',
      };
    case 'done':
      return {
        headline: `本次${word}已完成`,
        lines: [who, s.exam ? '检查结果出来后可在“报告查询”查看，下一步请看首页' : '如需缴费或检查，请在首页查看下一步'],
        canCheckIn: false,
        showAhead: false,
        showGuide: false,
        tone: 'default',
      };
    case 'skipped':
      return {
        headline: '已过号',
        lines: [who, `您已被重新排队，前面还有 ${s.ahead} 人，请在${s.room}附近候诊`, waitLine(s)],
        canCheckIn: false,
        showAhead: true,
        showGuide: true,
        tone: 'warning',
      };
    default:
      return { headline: '候诊中', lines: [who, `请在${s.room}附近候诊`, waitLine(s)], canCheckIn: false, showAhead: true, showGuide: true, tone: 'primary' };
  }
}

/** What a poll compares to decide whether anything changed. */
export function fingerprint(s: QueueStatus): string {
  return [s.state, s.ahead, s.room, s.pausedReason, s.etaMinutes.p50, s.etaMinutes.p90].join('|');
}
