/**
 * The assigned nurse's side: the task list, leaving (出发), starting at the home, finishing with
 * the service record and vitals, and a safety button that alerts the coordinators at once.
 */
import { HomecareStatus, StaffRole } from '../../../miniprogram/shared/enums';
import type { HomecareAlertDoc, HomecareRequestDoc } from '../../domain/homecare/docs';
import { wechatTime } from '../../domain/messages/shape';
import { distanceMetres } from '../../domain/queue/check-in';
import { hashId } from '../../ids';
import { DuplicateKeyError } from '../../ports';
import { audit } from '../framework/audit';
import { action } from '../framework/define';
import { tellStaff } from '../framework/staff-notice';
import { homecare } from '../../../miniprogram/shared/contract/homecare';
import { ACTIVE_FOR_NURSE, move, requestFor, staffName } from './access';
import { homecareView } from './views';
import { assignedStaff, hiddenFromPatients, staff } from '../framework/who';

export const tasks = action(homecare.tasks, {
  who: staff('nurse'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.nurse);
    const list = await ctx.db.find<HomecareRequestDoc>('homecareRequests', {
      where: { hospitalId, nurseOpenid: ctx.user(), status: { in: ACTIVE_FOR_NURSE } },
      orderBy: [['windowStart', 'asc']],
      limit: 100,
    });
    return { requests: list.map((x) => homecareView(x, ctx.user())) };
  },
});

export const depart = action(homecare.depart, {
  who: hiddenFromPatients(assignedStaff()),
  async run({ homecareId }, ctx) {
    const r = await requestFor(ctx, homecareId, 'nurse');
    return {
      request: homecareView(
        await move(
          ctx,
          r,
          'depart',
          await staffName(ctx, r.hospitalId),
          '',
          {},
          (x) => x.status !== HomecareStatus.assigned && x.steps.some((s) => s.status === HomecareStatus.departed),
        ),
        ctx.user(),
      ),
    };
  },
});

export const start = action(homecare.start, {
  who: hiddenFromPatients(assignedStaff()),
  async run({ homecareId, location }, ctx) {
    const r = await requestFor(ctx, homecareId, 'nurse');
    const at = location ?? null;
    const distance = at && r.homeLocation ? Math.round(distanceMetres(at, r.homeLocation) / 10) * 10 : null;
    const patch = { startLocation: at, startDistanceM: distance };
    return {
      request: homecareView(
        await move(
          ctx,
          r,
          'start',
          await staffName(ctx, r.hospitalId),
          '',
          patch,
          (x) => x.status === HomecareStatus.started || x.status === HomecareStatus.finished,
        ),
        ctx.user(),
      ),
    };
  },
});

export const finish = action(homecare.finish, {
  who: hiddenFromPatients(assignedStaff()),
  async run({ homecareId, note, vitals }, ctx) {
    const r = await requestFor(ctx, homecareId, 'nurse');
    return {
      request: homecareView(
        await move(ctx, r, 'finish', await staffName(ctx, r.hospitalId), note, { serviceNote: note, vitals }, (x) => x.status === HomecareStatus.finished),
        ctx.user(),
      ),
    };
  },
});

export const alert = action(homecare.alert, {
  who: hiddenFromPatients(assignedStaff()),
  async run({ homecareId, note, location, requestId }, ctx) {
    const r = await requestFor(ctx, homecareId, 'nurse');
    const { province, city, district, detail } = r.address;
    const doc: HomecareAlertDoc = {
      _id: hashId('hca', ctx.user(), requestId),
      hospitalId: r.hospitalId,
      homecareId: r._id,
      nurseOpenid: ctx.user(),
      nurseName: await staffName(ctx, r.hospitalId),
      note: note ?? '',
      location: location ?? null,
      place: `${province}${city}${district}${detail}`,
      at: ctx.now,
    };
    try {
      await ctx.db.transaction(async (tx) => {
        await tx.insert('homecareAlerts', doc);
        await audit(tx, ctx, r.hospitalId, 'homecareAlert', r._id);
      });
    } catch (e) {
      if (!(e instanceof DuplicateKeyError)) throw e;
    }
    await tellStaff(ctx.ports, r.hospitalId, [StaffRole.homecare], {
      kind: 'homecare_alert',
      key: `homecare-alert:${doc._id}`,
      page: `staff/homecare-request/index?id=${r._id}`,
      data: { nurse: doc.nurseName, note: doc.note || '护士按下了安全求助', time: wechatTime(doc.at), place: doc.place },
    });
    ctx.ports.logger.error('homecare safety alert', { hospitalId: r.hospitalId, homecareId: r._id });
    return { alerted: true };
  },
});
