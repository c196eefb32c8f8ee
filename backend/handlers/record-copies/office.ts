/**
 * The records office (role `records`): the worklist, reviewing proofs (request more, refuse with a
 * reason), entering the page count (which sets the fee and makes the order), copying and shipping
 * with a tracking number. Each change is claimed from the state read (backend/handlers/record-copies/apply.ts).
 */
import { CopyStatus, StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { copyFee, copyTransition, type CopyEvent } from '../../domain/record-copies/applications';
import type { CopyApplicationDoc } from '../../domain/record-copies/docs';
import { AppError } from '../framework/app-error';
import type { Ctx } from '../framework/context';
import { recordCopies } from '../../../miniprogram/shared/contract/record-copies';
import { action } from '../framework/define';
import { actorName, applicationFor } from './access';
import { claim } from './apply';
import { copyFees } from './fees';
import { copyOrderId, ensureCopyOrder, syncPaid } from './money';
import { applicationView } from './views';
import { hiddenFromPatients, staff } from '../framework/who';

export const worklist = action(recordCopies.worklist, {
  who: staff('records'),
  async run({ hospitalId, status }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.records);
    const where = status
      ? { hospitalId, status }
      : { hospitalId, status: { in: [CopyStatus.submitted, CopyStatus.quoted, CopyStatus.paid, CopyStatus.copied] } };
    const list = await ctx.db.find<CopyApplicationDoc>('copyApplications', { where, orderBy: [['createdAt', 'asc']], limit: 100 });
    const synced = await Promise.all(list.map((a) => syncPaid(ctx.ports, a, ctx.now)));
    return { applications: synced.map((x) => applicationView(x, ctx.user())) };
  },
});

async function change(ctx: Ctx, applicationId: string, event: CopyEvent, done: (x: CopyApplicationDoc) => boolean) {
  const a = await syncPaid(ctx.ports, await applicationFor(ctx, applicationId, false), ctx.now);
  if (done(a)) return { application: applicationView(a, ctx.user()) };
  const t = copyTransition(a, event, { openid: ctx.user(), name: await actorName(ctx, a.hospitalId, false) }, ctx.now);
  if (!t.ok) throw new AppError(ErrorCode.STATE_CONFLICT, t.message);
  return { application: applicationView(await claim(ctx, a, t.patch, t.from, done), ctx.user()) };
}

export const requestMore = action(recordCopies.requestMore, {
  who: hiddenFromPatients(staff('records')),
  run: ({ applicationId, reason }, ctx) =>
    change(ctx, applicationId, { kind: 'requestMore', reason }, (x) => x.status === CopyStatus.more_needed && x.reason === reason),
});

export const refuse = action(recordCopies.refuse, {
  who: hiddenFromPatients(staff('records')),
  run: ({ applicationId, reason }, ctx) => change(ctx, applicationId, { kind: 'refuse', reason }, (x) => x.status === CopyStatus.refused),
});

export const quote = action(recordCopies.quote, {
  who: hiddenFromPatients(staff('records')),
  async run({ applicationId, pages }, ctx) {
    const a = await applicationFor(ctx, applicationId, false);
    const fees = await copyFees(ctx.db, a.hospitalId);
    const res = await change(
      ctx,
      applicationId,
      { kind: 'quote', pages, feeFen: copyFee(pages, fees), orderId: copyOrderId(a._id) },
      (x) => x.status !== CopyStatus.submitted && x.pages === pages && x.orderId !== null,
    );
    const quoted = await ctx.db.get<CopyApplicationDoc>('copyApplications', a._id);
    if (quoted && quoted.orderId) await ensureCopyOrder(ctx.ports, quoted, fees, ctx.now);
    return res;
  },
});

export const copied = action(recordCopies.copied, {
  who: hiddenFromPatients(staff('records')),
  run: ({ applicationId }, ctx) => change(ctx, applicationId, { kind: 'copy' }, (x) => x.status === CopyStatus.copied || x.status === CopyStatus.shipped),
});

export const ship = action(recordCopies.ship, {
  who: hiddenFromPatients(staff('records')),
  run: ({ applicationId, carrier, trackingNo }, ctx) =>
    change(ctx, applicationId, { kind: 'ship', carrier, trackingNo }, (x) => x.status === CopyStatus.shipped && x.trackingNo === trackingNo),
});
