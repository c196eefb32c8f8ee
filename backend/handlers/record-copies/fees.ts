/** The hospital's fee for record copies: per page plus postage (default ¥0.50 a page, ¥12.00 postage). */
import type { CopyFees } from '../../../miniprogram/shared/dto/record-copies';
import { StaffRole } from '../../../miniprogram/shared/enums';
import { feeText } from '../../../miniprogram/shared/money';
import { DEFAULT_FEES } from '../../domain/record-copies/applications';
import type { CopyFeesDoc } from '../../domain/record-copies/docs';
import type { Db } from '../../ports';
import { hospitalOr404 } from '../framework/hospital';
import { audit } from '../framework/audit';
import { recordCopies } from '../../../miniprogram/shared/contract/record-copies';
import { action } from '../framework/define';
import { admins, anyone } from '../framework/who';

export async function copyFees(db: Db, hospitalId: string): Promise<CopyFees> {
  const doc = await db.get<CopyFeesDoc>('copyFees', hospitalId);
  const { perPageFen, postageFen } = doc ?? DEFAULT_FEES;
  return { perPageFen, postageFen, text: `复印费每页${feeText(perPageFen)}，邮寄费${feeText(postageFen)}` };
}

export const fees = action(recordCopies.fees, {
  who: anyone(),
  async run({ hospitalId }, ctx) {
    return { fees: await copyFees(ctx.db, hospitalId) };
  },
});

export const saveFees = action(recordCopies.saveFees, {
  who: admins(),
  async run({ hospitalId, perPageFen, postageFen }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    await hospitalOr404(ctx.db, hospitalId);
    await ctx.db.transaction(async (tx) => {
      await tx.set<CopyFeesDoc>('copyFees', { _id: hospitalId, perPageFen, postageFen, updatedAt: ctx.now });
      await audit(tx, ctx, hospitalId, 'copyFees', `${perPageFen}/${postageFen}`);
    });
    return { fees: await copyFees(ctx.db, hospitalId) };
  },
});
