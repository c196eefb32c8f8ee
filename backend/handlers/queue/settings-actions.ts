/** The hospital's queue settings: the check-in window, skip places and the location radius (admin sets them). */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { queueSettingsOf } from '../../domain/queue/settings';
import { hospitalOr404 } from '../framework/hospital';
import { audit } from '../framework/audit';
import { queue } from '../../../miniprogram/shared/contract/queue';
import { action } from '../framework/define';
import { admins, staff } from '../framework/who';

export const getSettings = action(queue.getSettings, {
  who: staff('nurse'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin, StaffRole.nurse);
    return { settings: queueSettingsOf((await hospitalOr404(ctx.db, hospitalId)).queue) };
  },
});

export const saveSettings = action(queue.saveSettings, {
  who: admins(),
  async run({ hospitalId, ...settings }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    await hospitalOr404(ctx.db, hospitalId);
    await ctx.db.transaction(async (tx) => {
      await tx.updateById('hospitals', hospitalId, { set: { queue: settings, updatedAt: ctx.now } });
      await audit(tx, ctx, hospitalId, 'queueSettings', hospitalId);
    });
    return { settings };
  },
});
