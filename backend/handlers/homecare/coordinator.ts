/**
 * The coordinator's console (role homecare): the worklist, accepting after an assessment (which
 * makes the order) or declining with a reason, assigning a qualified nurse (checked on the staff
 * record), moving the window before the nurse leaves, the safety alerts, and nurses' qualifications (admin).
 */
import { homecare } from '../../../miniprogram/shared/contract/homecare';
import { HomecareStatus, StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { shanghaiDateTime, shanghaiYear } from '../../../miniprogram/shared/time';
import type { StaffDoc } from '../../domain/content/docs';
import type { HomecareAlertDoc, HomecareRequestDoc } from '../../domain/homecare/docs';
import { nurseProblem } from '../../domain/homecare/nurses';
import { reschedulable } from '../../domain/homecare/requests';
import { AppError } from '../framework/app-error';
import { audit } from '../framework/audit';
import { action } from '../framework/define';
import { move, requestFor, staffName } from './access';
import { ensureHomecareOrder, homecareOrderId, syncPaid } from './money';
import { windowOf } from './patient';
import { homecareView } from './views';
import { admins, hiddenFromPatients, staff } from '../framework/who';

export const worklist = action(homecare.worklist, {
  who: staff('homecare'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.homecare);
    const open = [
      HomecareStatus.requested,
      HomecareStatus.accepted,
      HomecareStatus.paid,
      HomecareStatus.assigned,
      HomecareStatus.departed,
      HomecareStatus.started,
    ];
    const list = await ctx.db.find<HomecareRequestDoc>('homecareRequests', {
      where: { hospitalId, status: { in: open } },
      orderBy: [['windowStart', 'asc']],
      limit: 100,
    });
    return { requests: (await Promise.all(list.map((r) => syncPaid(ctx.ports, r, ctx.now)))).map((x) => homecareView(x, ctx.user())) };
  },
});

export const accept = action(homecare.accept, {
  who: hiddenFromPatients(staff('homecare')),
  async run({ homecareId, assessment }, ctx) {
    const r = await requestFor(ctx, homecareId, 'coordinator');
    const accepted = await move(
      ctx,
      r,
      'accept',
      await staffName(ctx, r.hospitalId),
      assessment,
      { assessment, orderId: homecareOrderId(r._id) },
      (x) => x.orderId !== null && x.status !== HomecareStatus.cancelled,
    );
    await ensureHomecareOrder(ctx.ports, accepted, ctx.now);
    return { request: homecareView(accepted, ctx.user()) };
  },
});

export const decline = action(homecare.decline, {
  who: hiddenFromPatients(staff('homecare')),
  async run({ homecareId, reason }, ctx) {
    const r = await requestFor(ctx, homecareId, 'coordinator');
    return {
      request: homecareView(
        await move(ctx, r, 'decline', await staffName(ctx, r.hospitalId), reason, { reason }, (x) => x.status === HomecareStatus.declined),
        ctx.user(),
      ),
    };
  },
});

export const assign = action(homecare.assign, {
  who: hiddenFromPatients(staff('homecare')),
  async run({ homecareId, nurseOpenid }, ctx) {
    const r = await syncPaid(ctx.ports, await requestFor(ctx, homecareId, 'coordinator'), ctx.now);
    const nurse = await ctx.db.get<StaffDoc>('staff', `staff-${nurseOpenid}-${r.hospitalId}`);
    if (!nurse || !(nurse.roles.includes(StaffRole.nurse) || nurse.roles.includes(StaffRole.admin)))
      throw new AppError(ErrorCode.NOT_FOUND, '本院没有这位护士', 'nurseOpenid');
    const problem = nurseProblem(nurse, shanghaiYear(ctx.now));
    if (problem) throw new AppError(ErrorCode.STATE_CONFLICT, problem);
    const done = (x: HomecareRequestDoc) => x.status === HomecareStatus.assigned && x.nurseOpenid === nurseOpenid;
    return {
      request: homecareView(
        await move(ctx, r, 'assign', await staffName(ctx, r.hospitalId), nurse.name, { nurseOpenid, nurseName: nurse.name }, done),
        ctx.user(),
      ),
    };
  },
});

export const reschedule = action(homecare.reschedule, {
  who: hiddenFromPatients(staff('homecare')),
  async run({ homecareId, date, startTime, endTime }, ctx) {
    const r = await requestFor(ctx, homecareId, 'coordinator');
    if (!reschedulable(r.status)) throw new AppError(ErrorCode.STATE_CONFLICT, '护士出发后不能改时间');
    const window = windowOf(date, startTime, endTime, ctx.now);
    const step = {
      status: r.status,
      by: ctx.user(),
      byName: await staffName(ctx, r.hospitalId),
      at: ctx.now,
      note: `改约至 ${shanghaiDateTime(window.windowStart)}`,
    };
    const n = await ctx.db.update(
      'homecareRequests',
      { _id: r._id, status: r.status, updatedAt: r.updatedAt },
      { set: { ...window, steps: [...r.steps, step], updatedAt: ctx.now } },
    );
    if (n === 0) throw new AppError(ErrorCode.STATE_CONFLICT, '该申请刚被处理，请刷新后再试');
    return { request: homecareView({ ...r, ...window, steps: [...r.steps, step] }, ctx.user()) };
  },
});

export const alerts = action(homecare.alerts, {
  who: staff('homecare'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.homecare);
    const list = await ctx.db.find<HomecareAlertDoc>('homecareAlerts', { where: { hospitalId }, orderBy: [['at', 'desc']], limit: 50 });
    return {
      alerts: list.map((a) => ({
        id: a._id,
        homecareId: a.homecareId,
        nurseName: a.nurseName,
        note: a.note,
        atText: shanghaiDateTime(a.at),
        location: a.location ?? null,
        place: a.place ?? '',
      })),
    };
  },
});

export const nurses = action(homecare.nurses, {
  who: staff('homecare'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.homecare);
    const staff = await ctx.db.find<StaffDoc>('staff', { where: { hospitalId }, limit: 100 });
    return {
      nurses: staff
        .filter((s) => s.roles.includes(StaffRole.nurse))
        .map((s) => ({
          openid: s.openid,
          name: s.name,
          problem: nurseProblem(s, shanghaiYear(ctx.now)) ?? '',
          nurseTitle: s.nurseTitle ?? null,
          practiceSinceYear: s.practiceSinceYear ?? null,
        })),
    };
  },
});

export const setNurse = action(homecare.setNurse, {
  who: admins(),
  async run({ hospitalId, openid, nurseTitle, practiceSinceYear }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    const id = `staff-${openid}-${hospitalId}`;
    await ctx.db.transaction(async (tx) => {
      const s = await tx.get<StaffDoc>('staff', id);
      if (!s) throw new AppError(ErrorCode.NOT_FOUND, '该工作人员不存在', 'openid');
      await tx.updateById('staff', id, { set: { nurseTitle, practiceSinceYear, updatedAt: ctx.now } });
      await audit(tx, ctx, hospitalId, 'nurseProfile', id);
    });
    return { saved: true };
  },
});
