/** The complaint's clock as van-steps draws it: the stages, the one reached, and the deadline line. */
import type { ComplaintView } from '../../shared/dto/feedback';

export interface Clock {
  steps: Array<{ text: string; desc: string }>;
  active: number;
  deadline: string;
}

export function clockOf(c: ComplaintView): Clock {
  const reached = c.clock.filter((s) => s.done).length;
  const deadline = c.answeredText
    ? `已答复（期限 ${c.dueText}）`
    : c.overdue
      ? `已超过答复期限 ${c.dueText}，已上报院方督办`
      : `请在 ${c.dueText} 前答复（${c.limitDays}个工作日，还剩 ${c.daysLeft} 个工作日）`;
  return { steps: c.clock.map((s) => ({ text: s.label, desc: s.atText })), active: reached - 1, deadline };
}
