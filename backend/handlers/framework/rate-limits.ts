/**
 * Rate limits per account and class of action, counted in the database so they hold across cloud
 * function instances. Each account has one counter document per class (id derived from both) with
 * a fixed window: a call takes a place with a conditional update (`count < max` in the current
 * window), or starts a new window when the stored one is another (a clock a little off on some
 * instance may reset a window early, never lock an account); past `max`, RATE_LIMITED says in
 * how many seconds to retry. Calls without an openid (public reads) and timers are not counted.
 *
 * `PEIZHEN_RATE_LIMITS`: `off`, or `class=max` pairs per window overriding the defaults, e.g.
 * `booking=10,read=600`.
 */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { DuplicateKeyError, type Db, type RateClass, type RateLimits } from '../../ports';
import { AppError } from './app-error';
import { hashIdOf } from '../../ids';

export const RATE_COUNTERS = 'rateCounters';

const RATE_CLASSES: readonly RateClass[] = ['booking', 'payment', 'write', 'read'];

export const defaultRateLimits: RateLimits = {
  booking: { max: 20, windowSeconds: 60 },
  payment: { max: 20, windowSeconds: 60 },
  write: { max: 60, windowSeconds: 60 },
  read: { max: 300, windowSeconds: 60 },
};

/** Actions that are not reads, by `function.action`. */
const classes: Record<string, Exclude<RateClass, 'read'>> = {
  'booking.book': 'booking',
  'booking.bookExam': 'booking',
  'booking.cancel': 'booking',
  'orders.payAppointment': 'payment',
  'orders.pay': 'payment',
  'orders.settle': 'payment',
  'orders.refund': 'payment',
  'invoices.request': 'payment',
  'invoices.reissue': 'payment',
  'patients.add': 'write',
  'patients.update': 'write',
  'patients.remove': 'write',
  'content.createArticle': 'write',
  'content.updateArticle': 'write',
  'content.publishArticle': 'write',
  'content.unpublishArticle': 'write',
  'content.updateHospitalIntro': 'write',
  'content.updateDepartmentIntro': 'write',
  'schedule.saveTemplate': 'write',
  'schedule.removeTemplate': 'write',
  'schedule.saveSettings': 'write',
  'schedule.publish': 'write',
  'schedule.stopClinic': 'write',
  'schedule.addOn': 'write',
  'staff.grant': 'write',
  'staff.revoke': 'write',
  'reminders.consent': 'write',
  'clinic.checkIn': 'write',
  'clinic.completeVisit': 'write',
  'records.recordContact': 'write',
  'records.savePlan': 'write',
  'records.markDose': 'write',
  'feedback.rate': 'write',
  'feedback.rateService': 'write',
  'feedback.attach': 'write',
  'feedback.complain': 'write',
  'feedback.assign': 'write',
  'feedback.answer': 'write',
  'feedback.close': 'write',
  'feedback.addChange': 'write',
  'feedback.saveRules': 'write',
  'recordCopies.attach': 'write',
  'recordCopies.apply': 'write',
  'recordCopies.resubmit': 'write',
  'recordCopies.cancel': 'payment',
  'recordCopies.saveFees': 'write',
  'recordCopies.requestMore': 'write',
  'recordCopies.refuse': 'write',
  'recordCopies.quote': 'write',
  'recordCopies.copied': 'write',
  'recordCopies.ship': 'write',
  'homecare.attach': 'write',
  'homecare.request': 'write',
  'homecare.cancel': 'payment',
  'homecare.accept': 'write',
  'homecare.decline': 'write',
  'homecare.assign': 'write',
  'homecare.reschedule': 'write',
  'homecare.setNurse': 'write',
  'homecare.depart': 'write',
  'homecare.start': 'write',
  'homecare.finish': 'write',
  'homecare.alert': 'write',
  'consult.attach': 'write',
  'consult.ask': 'write',
  'consult.followUp': 'write',
  'consult.end': 'write',
  'consult.withdraw': 'payment',
  'consult.accept': 'write',
  'consult.decline': 'payment',
  'consult.reply': 'write',
  'consult.saveSettings': 'write',
};

export const rateClassOf = (fn: string, action: string): RateClass => classes[`${fn}.${action}`] ?? 'read';

/** Every action named in the table, to check it against the functions. */
export const classifiedActions = (): string[] => Object.keys(classes);

interface CounterDoc {
  _id: string;
  windowStart: number;
  count: number;
}

/** Takes one call of the class for the account now, or throws RATE_LIMITED. */
export async function takeRateLimit(db: Db, limits: RateLimits, openid: string, cls: RateClass, now: number): Promise<void> {
  const { max, windowSeconds } = limits[cls];
  const windowMs = windowSeconds * 1000;
  const windowStart = now - (now % windowMs);
  const _id = hashIdOf(`rate-${cls}`, openid, 32);
  for (let attempt = 0; attempt < 2; attempt++) {
    if ((await db.update(RATE_COUNTERS, { _id, windowStart, count: { lt: max } }, { inc: { count: 1 } })) === 1) return;
    if ((await db.update(RATE_COUNTERS, { _id, windowStart: { neq: windowStart } }, { set: { windowStart, count: 1 } })) === 1) return;
    try {
      await db.insert<CounterDoc>(RATE_COUNTERS, { _id, windowStart, count: 1 });
      return;
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
    }
  }
  const seconds = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
  throw new AppError(ErrorCode.RATE_LIMITED, `操作太频繁，请${seconds}秒后再试`);
}

/** The limits PEIZHEN_RATE_LIMITS asks for (see above); throws on a setting it cannot read. */
export function rateLimitsFrom(value: string | undefined): RateLimits | null {
  if (value === 'off') return null;
  const limits: RateLimits = { ...defaultRateLimits };
  for (const pair of (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const m = /^([a-z]+)=([1-9]\d{0,5})$/.exec(pair);
    const cls = RATE_CLASSES.find((c) => c === m?.[1]);
    if (!m || !cls) throw new Error(`PEIZHEN_RATE_LIMITS: expected off or class=max pairs (${RATE_CLASSES.join(', ')}), got ${pair}`);
    limits[cls] = { ...limits[cls], max: Number(m[2]) };
  }
  return limits;
}
