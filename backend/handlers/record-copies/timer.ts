/**
 * The recordCopies timer (every 10 minutes), item by item (backend/handlers/framework/isolated.ts):
 * quoted applications get their order (a crash after the quote left none) and move to `paid` once
 * it is paid; cancelled ones settle their order (close, or refund once); and 180 days after an
 * application ended its proof photos are deleted, files first, then the records.
 */
import { CopyStatus } from '../../../miniprogram/shared/enums';
import type { CopyApplicationDoc, ProofPhotoDoc } from '../../domain/record-copies/docs';
import { MAX_PAGE } from '../../ports';
import type { Ctx } from '../framework/context';
import { eachIsolated, eachPageIsolated } from '../framework/isolated';
import { copyFees } from './fees';
import { ensureCopyOrder, settleCancelled, syncPaid } from './money';

export async function recordCopiesTimer(ctx: Ctx): Promise<Record<string, number>> {
  const quoted = await ctx.db.find<CopyApplicationDoc>('copyApplications', {
    where: { status: CopyStatus.quoted },
    orderBy: [['updatedAt', 'asc']],
    limit: MAX_PAGE,
  });
  const paid = await eachIsolated(ctx, 'recordCopies', 'paid', quoted, async (a) => {
    await ensureCopyOrder(ctx.ports, a, await copyFees(ctx.db, a.hospitalId), ctx.now);
    return (await syncPaid(ctx.ports, a, ctx.now)).status === CopyStatus.paid;
  });
  const owed = await eachPageIsolated(
    ctx,
    'recordCopies',
    'refund',
    () =>
      ctx.db.find<CopyApplicationDoc>('copyApplications', {
        where: { status: CopyStatus.cancelled, refund: 'owed' },
        orderBy: [['updatedAt', 'asc']],
        limit: MAX_PAGE,
      }),
    async (a) => {
      await settleCancelled(ctx.ports, a, ctx.now);
      return (await ctx.db.get<CopyApplicationDoc>('copyApplications', a._id))?.refund !== 'owed';
    },
  );
  const purged = await eachPageIsolated(
    ctx,
    'recordCopies',
    'purge',
    () =>
      ctx.db.find<CopyApplicationDoc>('copyApplications', {
        where: { proofsPurged: false, purgeAt: { lte: ctx.now } },
        orderBy: [['purgeAt', 'asc']],
        limit: MAX_PAGE,
      }),
    async (a) => {
      for (const p of a.proofs) {
        const photo = await ctx.db.get<ProofPhotoDoc>('recordProofs', p.proofId);
        if (photo) await ctx.ports.files.remove(photo.filePath);
        await ctx.db.remove('recordProofs', { _id: p.proofId });
      }
      return (await ctx.db.update('copyApplications', { _id: a._id, proofsPurged: false }, { set: { proofsPurged: true } })) === 1;
    },
  );
  return { paid: paid.done, refundsSettled: owed.done, proofsPurged: purged.done, failed: paid.failed + owed.failed + purged.failed };
}
