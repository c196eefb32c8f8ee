/**
 * The complaint state machine (医疗机构投诉管理办法, 2019: the first receiver answers within its
 * time limit). received → handling (assigned) → answered → closed; staff may answer straight from
 * received. Pure: the caller passes `now` and claims the change from the state it read.
 */
import { ComplaintStatus as S, type ComplaintStatus } from '../../../miniprogram/shared/enums';
import type { ComplaintDoc, ComplaintStep } from './docs';
import { workingDeadline } from './working-days';

export const DEFAULT_LIMITS = { singleDays: 5, multiDays: 10 } as const;

export const complaintNext: Record<ComplaintStatus, ComplaintStatus[]> = {
  received: [S.handling, S.answered],
  handling: [S.handling, S.answered],
  answered: [S.closed],
  closed: [],
};

export type ComplaintEvent =
  | { kind: 'assign'; handler: string; multiDepartment: boolean; limits: { singleDays: number; multiDays: number } }
  | { kind: 'answer'; text: string }
  | { kind: 'close'; note: string };

export interface Actor {
  openid: string;
  name: string;
}

export type Transition = { ok: true; from: ComplaintStatus; patch: Partial<ComplaintDoc> } | { ok: false; message: string };

const targetOf: Record<ComplaintEvent['kind'], ComplaintStatus> = { assign: S.handling, answer: S.answered, close: S.closed };

const refusals: Record<ComplaintEvent['kind'], string> = {
  assign: '该投诉已答复或已办结，不能再分派',
  answer: '该投诉已答复或已办结',
  close: '答复后才能办结',
};

/** The change `event` makes to `c` at `now`, or why it is refused. */
export function complaintTransition(c: Pick<ComplaintDoc, 'status' | 'receivedAt' | 'steps'>, event: ComplaintEvent, by: Actor, now: number): Transition {
  const to = targetOf[event.kind];
  if (!complaintNext[c.status].includes(to)) return { ok: false, message: refusals[event.kind] };
  const note = event.kind === 'assign' ? event.handler : event.kind === 'answer' ? event.text : event.note;
  const step: ComplaintStep = { status: to, by: by.openid, byName: by.name, at: now, note };
  const base = { status: to, steps: [...c.steps, step], updatedAt: now };
  switch (event.kind) {
    case 'assign': {
      const limitDays = event.multiDepartment ? event.limits.multiDays : event.limits.singleDays;
      return {
        ok: true,
        from: c.status,
        patch: { ...base, handler: event.handler, multiDepartment: event.multiDepartment, limitDays, dueAt: workingDeadline(c.receivedAt, limitDays) },
      };
    }
    case 'answer':
      return { ok: true, from: c.status, patch: { ...base, answer: event.text, answeredAt: now, phase: 'done' } };
    case 'close':
      return { ok: true, from: c.status, patch: { ...base, closedAt: now } };
  }
}

/** Past its deadline and not answered: the timer escalates it to the admin once. */
export const isOverdue = (c: Pick<ComplaintDoc, 'status' | 'dueAt'>, now: number): boolean =>
  (c.status === S.received || c.status === S.handling) && now >= c.dueAt;
