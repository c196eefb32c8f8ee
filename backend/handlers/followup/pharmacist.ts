/**
 * The pharmacist's review (处方审核): nothing is dispensed before a pharmacist of the hospital
 * approved it. Approve → the prescription's order (`rx-<id>`, paid with orders.pay); return → the
 * reason goes to the treating doctor, who fixes it and it comes back here. Each review is recorded
 * in the encounter with who and when.
 */
import { followup } from '../../../miniprogram/shared/contract/followup';
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { OnlineRxDoc } from '../../domain/online/docs';
import { rxStep, RxStatus } from '../../domain/online/followups';
import { AppError } from '../framework/app-error';
import { action } from '../framework/define';
import { appendEvent, prescriptionFor, staffNameIn } from './access';
import { ensureRxOrder, rxOrderId, syncRxPaid } from './money';
import { rxView } from './views';
import { either, hiddenFromPatients, itsDoctor, owner, staff } from '../framework/who';

export const reviewQueue = action(followup.reviewQueue, {
  who: staff('pharmacist'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.pharmacist);
    const list = await ctx.db.find<OnlineRxDoc>('onlinePrescriptions', {
      where: { hospitalId, status: RxStatus.pending_review },
      orderBy: [['updatedAt', 'asc']],
      limit: 100,
    });
    return { prescriptions: list.map(rxView) };
  },
});

export const review = action(followup.review, {
  who: hiddenFromPatients(staff('pharmacist')),
  async run({ prescriptionId, decision, reason }, ctx) {
    const { rx, followup } = await prescriptionFor(ctx, prescriptionId, 'pharmacist');
    if (decision === 'return' && !reason) throw new AppError(ErrorCode.VALIDATION_FAILED, '退回处方须写明理由', 'reason');
    const name = await staffNameIn(ctx, rx.hospitalId);
    const done = (x: OnlineRxDoc) =>
      (decision === 'approve' ? x.status === RxStatus.approved || x.status === RxStatus.paid : x.status === RxStatus.returned) && x.version === rx.version;
    if (!done(rx)) {
      const step = rxStep(rx.status, decision);
      if (!step.ok) throw new AppError(ErrorCode.STATE_CONFLICT, step.message);
      const set =
        decision === 'approve'
          ? { status: step.to, reviewerName: name, orderId: rxOrderId(rx._id), updatedAt: ctx.now }
          : { status: step.to, reviewerName: name, returnReason: reason ?? '', updatedAt: ctx.now };
      const n = await ctx.db.update('onlinePrescriptions', { _id: rx._id, status: rx.status, version: rx.version }, { set });
      if (n === 0) throw new AppError(ErrorCode.STATE_CONFLICT, '该处方刚被处理，请刷新后再试');
      await appendEvent(ctx.db, ctx, followup, `${rx._id}:${rx.version}`, {
        kind: 'reviewed',
        byName: name,
        byRole: 'pharmacist',
        text: decision === 'approve' ? `药师审核通过（第${rx.version}版）` : `药师退回（第${rx.version}版）：${reason ?? ''}`,
        ref: rx._id,
      });
    }
    const now = (await ctx.db.get<OnlineRxDoc>('onlinePrescriptions', rx._id)) ?? rx;
    if (now.status === RxStatus.approved) await ensureRxOrder(ctx.ports, now, ctx.now);
    return { prescription: rxView(await syncRxPaid(ctx.ports, now, ctx.now)) };
  },
});

export const prescription = action(followup.prescription, {
  who: either(owner(), staff('pharmacist'), itsDoctor()),
  async run({ prescriptionId }, ctx) {
    const { rx } = await prescriptionFor(ctx, prescriptionId, 'owner', 'doctor', 'pharmacist');
    return { prescription: rxView(await syncRxPaid(ctx.ports, rx, ctx.now)) };
  },
});
