/** The admin's view of the place ledger: run the full reconciler for a hospital, and see its repairs. */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { reconcileHospital, type PlaceRepairDoc } from '../booking/reconcile-places';
import { schedule } from '../../../miniprogram/shared/contract/schedule';
import { action } from '../framework/define';
import { admins } from '../framework/who';

export const reconcilePlaces = action(schedule.reconcilePlaces, {
  who: admins(),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    return { tally: await reconcileHospital(ctx, hospitalId, ctx.user()) };
  },
});

export const placeRepairs = action(schedule.placeRepairs, {
  who: admins(),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    const repairs = await ctx.db.find<PlaceRepairDoc>('placeRepairs', { where: { hospitalId }, orderBy: [['at', 'desc']], limit: 100 });
    return { repairs: repairs.map((r) => ({ id: r._id, slotId: r.slotId, before: r.before, after: r.after, by: r.by, at: r.at })) };
  },
});
