/**
 * Booking limits as documents: one per person per doctor per half-day, at most the daily cap per
 * person per day, one appointment per exam order. The person is the appointment's `person` hash at
 * its hospital (ID type and number), so other accounts and re-added family members count alike.
 * Each limit is a document whose id is derived
 * from the rule's key and which lists the active appointments holding it; a booking adds itself
 * inside the same transaction that inserts the appointment, and an ending removes itself in the
 * transaction that ends it. No unique index of the database is needed.
 */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { Session } from '../../../miniprogram/shared/enums';
import { hashId, personKeyOf } from '../../ids';
import type { Problem } from './rules';

export type LimitKind = 'session' | 'day' | 'exam';

export interface LimitDoc {
  _id: string;
  kind: LimitKind;
  /** The active appointments holding the limit, oldest first. */
  holders: string[];
}

export interface LimitKey {
  kind: LimitKind;
  id: string;
  cap: number;
}

export interface LimitSubject {
  hospitalId: string;
  patientId: string;
  /** The person hash; the limits count the person at the hospital when it is present. */
  person?: string;
  ownerId: string;
  date: string;
  session: Session;
  examOrderId: string | null;
}

/** The limits an appointment holds while it is active. */
export function limitKeysOf(a: LimitSubject, dailyCap: number): LimitKey[] {
  // An appointment booked before the limits counted the person releases the keys it took.
  const who = a.person === undefined ? a.patientId : personKeyOf(a.person, a.hospitalId);
  const session: LimitKey = { kind: 'session', id: hashId('lim', 'session', who, a.ownerId, a.date, a.session), cap: 1 };
  const exam: LimitKey[] = a.examOrderId === null ? [] : [{ kind: 'exam', id: hashId('lim', 'exam', a.examOrderId), cap: 1 }];
  // The day's cap last: a refusal by the session or the exam order says more.
  return [session, ...exam, { kind: 'day', id: hashId('lim', 'day', who, a.date), cap: dailyCap }];
}

const refusals: Record<LimitKind, (cap: number) => Problem> = {
  session: () => ({ code: ErrorCode.ALREADY_BOOKED, message: '该就诊人已预约本医生同一时段（上午/下午）的号' }),
  exam: () => ({ code: ErrorCode.ALREADY_BOOKED, message: '该检查单已预约' }),
  day: (cap) => ({ code: ErrorCode.LIMIT_REACHED, message: `每位就诊人每天最多预约${cap}个号` }),
};

/** Why `appointmentId` may not take the limit, or null. */
export function limitProblem(key: LimitKey, holders: readonly string[], appointmentId: string): Problem | null {
  if (holders.includes(appointmentId) || holders.length < key.cap) return null;
  return refusals[key.kind](key.cap);
}
