/**
 * Payment notices that did not match their order, kept for billing staff. Anyone able to send
 * notices could send many, so what they write is bounded:
 * - one record per order number and reason (reasons differing only in their figures, such as a
 *   forged amount, are one reason), counting the notices and keeping the last one's details and time;
 * - at most MAX_ISSUES_PER_HOSPITAL_DAY records a hospital opens a day (Shanghai date of the first
 *   notice; notices for unknown order numbers count as one hospital), claimed on a per-day counter
 *   with a conditional update; past it, notices only add to that counter's `dropped`.
 */
import { shanghaiDate } from '../../../miniprogram/shared/time';
import type { OrderDoc, PaymentIssueDoc } from '../../domain/billing/docs';
import { DuplicateKeyError, type Db, type Ports } from '../../ports';
import { hashIdOf } from '../../ids';

export const MAX_ISSUES_PER_HOSPITAL_DAY = 100;

const ISSUE_DAYS = 'paymentIssueDays';

interface IssueDayDoc {
  _id: string;
  hospitalId: string;
  day: string;
  records: number;
  dropped: number;
}

const issueIdOf = (outTradeNo: string, reason: string): string => hashIdOf('issue', `${outTradeNo}\n${reason.replace(/\d+/g, '#')}`, 32);

/** Takes one of the day's record places of the hospital; false when the day's cap is reached. */
async function claimPlace(db: Db, hospitalId: string, now: number): Promise<boolean> {
  const day = shanghaiDate(now);
  const _id = `issues-${hospitalId || 'unknown'}-${day}`;
  for (let attempt = 0; attempt < 2; attempt++) {
    if ((await db.update(ISSUE_DAYS, { _id, records: { lt: MAX_ISSUES_PER_HOSPITAL_DAY } }, { inc: { records: 1 } })) === 1) return true;
    try {
      await db.insert<IssueDayDoc>(ISSUE_DAYS, { _id, hospitalId, day, records: 1, dropped: 0 });
      return true;
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
    }
  }
  await db.update(ISSUE_DAYS, { _id }, { inc: { dropped: 1 } });
  return false;
}

export async function recordIssue(
  ports: Ports,
  order: Pick<OrderDoc, 'hospitalId' | 'outTradeNo'>,
  reason: string,
  totalFen: number,
  transactionId: string,
  now: number,
): Promise<void> {
  const { db } = ports;
  const _id = issueIdOf(order.outTradeNo, reason);
  const latest = { reason, totalFen, transactionId, at: now };
  const again = () => db.update('paymentIssues', { _id }, { set: latest, inc: { count: 1 } });
  if ((await again()) === 1) return;
  if (!(await claimPlace(db, order.hospitalId, now))) {
    ports.logger.info('payment issue dropped: the day’s records are full', { hospitalId: order.hospitalId, outTradeNo: order.outTradeNo });
    return;
  }
  try {
    await db.insert<PaymentIssueDoc>('paymentIssues', { _id, hospitalId: order.hospitalId, outTradeNo: order.outTradeNo, ...latest, firstAt: now, count: 1 });
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
    await again();
  }
}
