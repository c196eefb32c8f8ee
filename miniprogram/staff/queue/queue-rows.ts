/** What the nurse and doctor consoles show of sessions and entries, and the checks before sending. */
import type { PriorityKind, QueueEntryView, StaffSessionView } from '../../shared/dto/queue';
import { priorityLabels } from '../../shared/dto/queue';

export const PAUSE_REASON_MAX = 40;
export const ROOM_MAX = 20;

export interface SessionTab {
  key: string;
  title: string;
}

export const sessionKey = (s: Pick<StaffSessionView, 'ownerId' | 'date' | 'session'>): string => `${s.ownerId}|${s.date}|${s.session}`;

/** '陈立民 上午 · 已签到 3/12'. */
export function sessionTabs(sessions: readonly StaffSessionView[]): SessionTab[] {
  return sessions.map((s) => ({ key: sessionKey(s), title: `${s.ownerName} ${s.sessionLabel} · 已签到 ${s.checkedIn}/${s.booked}` }));
}

export interface EntryRow extends QueueEntryView {
  placeText: string;
  canRecall: boolean;
  canSkip: boolean;
  canPrioritize: boolean;
  canReturn: boolean;
  /** An exam room's nurse receives the called patient (开始检查) and finishes the exam (检查完成). */
  canStartExam: boolean;
  canFinishExam: boolean;
  tagText: string;
}

/** What the nurse may do with an entry; in an exam room (`exam`) there is no 回诊 and the nurse starts and finishes the exam. */
export function entryRow(e: QueueEntryView, exam: boolean): EntryRow {
  const waiting = e.state === 'waiting' || e.state === 'skipped';
  return {
    ...e,
    placeText: waiting ? `第${e.place}位` : e.stateLabel,
    canRecall: e.state === 'called',
    canSkip: e.state === 'called' || waiting,
    canPrioritize: waiting,
    canReturn: !exam && e.state === 'done',
    canStartExam: exam && e.state === 'called',
    canFinishExam: exam && (e.state === 'called' || e.state === 'in_consultation'),
    tagText: e.tags.join(' · '),
  };
}

export const priorityOptions = (Object.keys(priorityLabels) as PriorityKind[]).map((kind) => ({ kind, label: priorityLabels[kind] }));

export function reasonProblem(text: string, what: string, max: number): string {
  const t = text.trim();
  if (t === '') return `请填写${what}`;
  return t.length > max ? `${what}最多${max}个字` : '';
}
