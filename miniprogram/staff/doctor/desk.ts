/** What the doctor's console shows of a session's queue: the current patients, the next ones, 回诊 arrivals. */
import type { QueueEntryView, SessionQueue } from '../../shared/dto/queue';

export const DIAGNOSIS_MAX = 100;

export interface Desk {
  current: QueueEntryView[];
  next: QueueEntryView[];
  returning: QueueEntryView[];
  waitingCount: number;
  doneCount: number;
}

export function deskOf(q: SessionQueue): Desk {
  const waiting = q.entries.filter((e) => e.state === 'waiting' || e.state === 'skipped').sort((a, b) => a.place - b.place);
  return {
    current: q.entries.filter((e) => e.state === 'called' || e.state === 'in_consultation'),
    next: waiting.slice(0, 2),
    returning: waiting.filter((e) => e.returning),
    waitingCount: waiting.length,
    doneCount: q.entries.filter((e) => e.state === 'done').length,
  };
}

export function diagnosisProblem(text: string): string {
  const t = text.trim();
  if (t === '') return '请填写诊断';
  return t.length > DIAGNOSIS_MAX ? `诊断最多${DIAGNOSIS_MAX}个字` : '';
}
