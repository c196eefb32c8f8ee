/**
 * The feedback timer (every 5 minutes): complaints past their deadline and still unanswered are
 * escalated to the hospital's admin once — `escalatedAt` is claimed with a conditional update and
 * the escalation written to the audit log; the admin lists them with `overdue`, and each admin who
 * consented gets a subscribe message (queued before the claim, deduplicated, so a crash between
 * the two neither loses nor repeats it).
 */
import { complaintCategoryLabels } from '../../../miniprogram/shared/enums';
import type { ComplaintDoc } from '../../domain/feedback/docs';
import { wechatTime } from '../../domain/messages/shape';
import { hashId } from '../../ids';
import { DuplicateKeyError, MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { eachPageIsolated } from '../framework/isolated';
import { tellStaff } from '../framework/staff-notice';

export async function feedbackTimer(ctx: Ctx): Promise<Record<string, number>> {
  const page = () =>
    ctx.db.find<ComplaintDoc>('complaints', {
      where: { phase: 'open', escalatedAt: null, dueAt: { lte: ctx.now } },
      orderBy: [['dueAt', 'asc']],
      limit: MAX_PAGE,
    });
  const tally = await eachPageIsolated(ctx, 'feedback', 'escalate', page, async (c) => {
    await tellStaff(ctx.ports, c.hospitalId, [], {
      kind: 'complaint_overdue',
      key: `complaint-overdue:${c._id}`,
      page: `staff/complaint/index?id=${c._id}`,
      data: {
        category: `${complaintCategoryLabels[c.category]}${c.departmentName ? ` · ${c.departmentName}` : ''}`,
        deadline: wechatTime(c.dueAt - 60_000),
        tip: '已超过答复期限，请督办',
      },
    });
    const claimed = await ctx.db.update('complaints', { _id: c._id, phase: 'open', escalatedAt: null }, { set: { escalatedAt: ctx.now } });
    if (claimed === 0) return false;
    try {
      await ctx.db.insert('auditLog', {
        _id: hashId('audit', 'escalate', c._id),
        hospitalId: c.hospitalId,
        at: ctx.now,
        openid: 'timer',
        action: 'complaintOverdue',
        target: c._id,
      });
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
    }
    return true;
  });
  return { escalated: tally.done, failed: tally.failed };
}
