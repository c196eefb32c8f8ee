/** The rules of a weekly template. */
import { sessionBounds } from './calendar';
import type { TemplateDoc } from './docs';
import { minutesOf } from './settings';

export const SLOT_LENGTHS = [10, 15, 20, 30] as const;

export type TemplateRule = Pick<
  TemplateDoc,
  'session' | 'startTime' | 'endTime' | 'slotMinutes' | 'capacity' | 'onsiteReserve' | 'feeFen' | 'weekday'
>;

/** The first broken rule as [field, Chinese message], or null. */
export function templateProblem(t: TemplateRule): [string, string] | null {
  if (!(SLOT_LENGTHS as readonly number[]).includes(t.slotMinutes)) return ['slotMinutes', '号源时长只能是10、15、20或30分钟'];
  const bounds = sessionBounds[t.session];
  const start = minutesOf(t.startTime);
  const end = minutesOf(t.endTime);
  if (start < minutesOf(bounds.start) || end > minutesOf(bounds.end)) {
    return ['startTime', `该时段的出诊时间须在${bounds.start}至${bounds.end}之间`];
  }
  if (end - start < t.slotMinutes) return ['endTime', '结束时间须晚于开始时间至少一个号源时长'];
  if ((end - start) % t.slotMinutes !== 0) return ['endTime', '出诊时长须是号源时长的整数倍'];
  if (t.onsiteReserve > t.capacity) return ['onsiteReserve', '现场预留号不能多于每个时段的号源数'];
  return null;
}
