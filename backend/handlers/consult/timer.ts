/**
 * The consult timer (every 5 minutes), item by item: paid questions reach the doctors; unpaid ones
 * past their hold are withdrawn (the order closed); waiting ones past the answer deadline expire,
 * refunded in full and the patient told; accepted threads 48 hours after the last answer close;
 * refunds still owed are settled.
 */
import { isDueToClose, isOverdue, isUnpaidTooLong } from '../../domain/online/consult';
import type { ConsultDoc } from '../../domain/online/consult-docs';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { eachIsolated, eachPageIsolated } from '../framework/isolated';
import { moveConsult } from './access';
import { endUnanswered, settleRefund, syncPaid } from './money';

const SYSTEM = { by: 'system', byName: '系统' };

export async function consultTimer(ctx: Ctx): Promise<Record<string, number>> {
  const now = ctx.now;
  const unpaid = await ctx.db.find<ConsultDoc>('consults', { where: { status: 'unpaid' }, orderBy: [['createdAt', 'asc']], limit: MAX_PAGE });
  const paid = await eachIsolated(ctx, 'consult', 'paid', unpaid, async (c) => {
    const synced = await syncPaid(ctx.ports, c, now);
    if (synced.status === 'unpaid' && isUnpaidTooLong(synced, now))
      await endUnanswered(ctx.ports, synced, 'withdraw', { ...SYSTEM, now }, '超时未支付，已自动取消');
    return true;
  });
  const overdue = await ctx.db.find<ConsultDoc>('consults', {
    where: { status: 'waiting', answerBy: { lte: now } },
    orderBy: [['answerBy', 'asc']],
    limit: MAX_PAGE,
  });
  const expired = await eachIsolated(ctx, 'consult', 'expire', overdue, async (c) => {
    if (!isOverdue(c, now)) return false;
    await endUnanswered(ctx.ports, c, 'expire', { ...SYSTEM, now }, '医生未在时限内接诊，咨询费全额退回');
    return true;
  });
  const due = await ctx.db.find<ConsultDoc>('consults', {
    where: { status: 'accepted', closesAt: { lte: now } },
    orderBy: [['closesAt', 'asc']],
    limit: MAX_PAGE,
  });
  const closed = await eachIsolated(ctx, 'consult', 'close', due, async (c) => {
    if (!isDueToClose(c, now)) return false;
    await moveConsult(
      ctx.ports,
      c,
      'close',
      { ...SYSTEM, now, note: '医生最后一次回复48小时后自动结束' },
      { reason: '咨询已于医生最后一次回复48小时后结束' },
      (x) => x.status === 'closed',
    );
    return true;
  });
  const owed = await eachPageIsolated(
    ctx,
    'consult',
    'refund',
    () => ctx.db.find<ConsultDoc>('consults', { where: { refund: 'owed' }, orderBy: [['updatedAt', 'asc']], limit: MAX_PAGE }),
    async (c) => (await settleRefund(ctx.ports, c, now)).refund !== 'owed',
  );
  return {
    paid: paid.done,
    expired: expired.done,
    closed: closed.done,
    refundsSettled: owed.done,
    failed: paid.failed + expired.failed + closed.failed + owed.failed,
  };
}
