/** The hospital's queue settings: the check-in window, skip places and the location radius (admin sets them). */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { queueSettingsOf } from '../../domain/queue/settings';
import { hospitalOr404 } from '../content/lookups';
import { audit } from '../framework/audit';
import { action } from '../framework/define';
import { fields, z } from '../framework/validation';

export const getSettings = action({
  access: 'user',
  input: z.object({ hospitalId: fields.id() }),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin, StaffRole.nurse);
    return { settings: queueSettingsOf((await hospitalOr404(ctx.db, hospitalId)).queue) };
  },
});

export const saveSettings = action({
  access: 'user',
  input: z.object({
    hospitalId: fields.id(),
    checkInOpensMinutes: z.number().int().min(0).max(720),
    checkInClosesMinutes: z.number().int().min(0).max(240),
    skipPlaces: z.number().int().min(1).max(20),
    locationRadiusMeters: z.number().int().min(0).max(5000),
  }),
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
