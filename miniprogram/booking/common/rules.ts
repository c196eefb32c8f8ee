/** The hospital's booking rules in plain words, as the confirm page shows them before booking. */
import type { BookingRules } from '../../shared/dto/booking';

/** 120 → '2小时', 90 → '1小时30分钟', 30 → '30分钟'. */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}分钟`;
  return m === 0 ? `${h}小时` : `${h}小时${m}分钟`;
}

export function ruleLines(r: BookingRules): string[] {
  return [
    `收费的号预约后请在${durationText(r.holdMinutes)}内缴费，超时未缴费，号源将自动释放。`,
    `就诊前${durationText(r.cancelDeadlineMinutes)}以前可以在线取消预约，之后请到医院窗口办理。`,
    `每位就诊人每天最多预约${r.dailyCap}个号；同一位医生的同一个半天只能预约1个号。`,
    `爽约规定：${r.noShowText}。不能按时就诊请提前取消。`,
    `可预约${r.windowDays}天内的号，每天${r.releaseTime}放出新一天的号。`,
  ];
}
