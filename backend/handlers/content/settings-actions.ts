/** Hospital settings (admin): which of the 23 functions the hospital offers (miniprogram/shared/offers.ts). */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { HospitalOffers } from '../../../miniprogram/shared/dto/content';
import { offersOf, offersProblem } from '../../../miniprogram/shared/offers';
import type { HospitalDoc } from '../../domain/content/docs';
import { AppError } from '../framework/app-error';
import { audit } from '../framework/audit';
import { content } from '../../../miniprogram/shared/contract/content';
import { action } from '../framework/define';
import { hospitalOr404 } from '../framework/hospital';
import { admins } from '../framework/who';

const offersView = (h: HospitalDoc): HospitalOffers => ({ hospitalId: h._id, hospitalName: h.name, offers: offersOf(h) });

export const getOffers = action(content.getOffers, {
  who: admins(),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    return { settings: offersView(await hospitalOr404(ctx.db, hospitalId)) };
  },
});

export const setOffers = action(content.setOffers, {
  who: admins(),
  async run({ hospitalId, offers }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    const problem = offersProblem(offers);
    if (problem) throw new AppError(ErrorCode.VALIDATION_FAILED, problem, 'offers');
    const settings = await ctx.db.transaction(async (tx) => {
      const h = await tx.get<HospitalDoc>('hospitals', hospitalId);
      if (!h) throw new AppError(ErrorCode.NOT_FOUND, '医院不存在');
      const next = offersOf({ offers });
      await tx.updateById('hospitals', hospitalId, { set: { offers: next, updatedAt: ctx.now } });
      await audit(tx, ctx, hospitalId, 'setOffers', next.join(','));
      return { ...offersView(h), offers: next };
    });
    return { settings };
  },
});
