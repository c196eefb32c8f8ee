/** Schedulers' weekly templates, booking settings and publishing. */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { DoctorDoc } from '../../domain/content/docs';
import type { ResourceDoc, TemplateDoc } from '../../domain/scheduling/docs';
import { releaseTimeProblem } from '../../../miniprogram/shared/schedule-rules';
import { withDefaults } from '../../domain/scheduling/settings';
import { templateProblem } from '../../domain/scheduling/templates';
import { AppError, notFound } from '../framework/app-error';
import { audit } from '../framework/audit';
import type { Ctx } from '../framework/context';
import { schedule } from '../../../miniprogram/shared/contract/schedule';
import { action } from '../framework/define';
import { findAll } from '../framework/find-all';
import { hospitalOr404 } from '../framework/hospital';
import { publishHospital } from './publish';
import { settingsView, templateView } from './views';
import { staff } from '../framework/who';

async function ownerOf(ctx: Ctx, hospitalId: string, ownerType: 'doctor' | 'resource', ownerId: string): Promise<{ name: string; departmentId: string }> {
  const owner = await ctx.db.get<DoctorDoc | ResourceDoc>(ownerType === 'doctor' ? 'doctors' : 'resources', ownerId);
  if (!owner || owner.hospitalId !== hospitalId)
    throw new AppError(ErrorCode.VALIDATION_FAILED, ownerType === 'doctor' ? '医生不存在' : '检查项目不存在', 'ownerId');
  return { name: owner.name, departmentId: owner.departmentId };
}

async function names(ctx: Ctx, hospitalId: string): Promise<Map<string, string>> {
  const [doctors, resources] = await Promise.all([
    findAll<DoctorDoc>(ctx.db, 'doctors', { hospitalId }, [['sort', 'asc']]),
    findAll<ResourceDoc>(ctx.db, 'resources', { hospitalId }, [['sort', 'asc']]),
  ]);
  return new Map([...doctors, ...resources].map((o) => [o._id, o.name]));
}

export const listTemplates = action(schedule.listTemplates, {
  who: staff('scheduler'),
  async run({ hospitalId, ownerId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.scheduler);
    const docs = await findAll<TemplateDoc>(ctx.db, 'scheduleTemplates', ownerId ? { hospitalId, ownerId } : { hospitalId }, [
      ['ownerId', 'asc'],
      ['weekday', 'asc'],
    ]);
    const byId = await names(ctx, hospitalId);
    return { templates: docs.map((t) => templateView(t, byId.get(t.ownerId) ?? '')) };
  },
});

export const saveTemplate = action(schedule.saveTemplate, {
  who: staff('scheduler'),
  async run({ hospitalId, ...t }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.scheduler);
    const problem = templateProblem(t);
    if (problem) throw new AppError(ErrorCode.VALIDATION_FAILED, problem[1], problem[0]);
    const owner = await ownerOf(ctx, hospitalId, t.ownerType, t.ownerId);
    const doc: TemplateDoc = {
      _id: `tpl-${t.ownerId}-${t.weekday}-${t.session}`,
      hospitalId,
      ...t,
      departmentId: owner.departmentId,
      updatedAt: ctx.now,
      updatedBy: ctx.user(),
    };
    await ctx.db.transaction(async (tx) => {
      await tx.set('scheduleTemplates', doc);
      await audit(tx, ctx, hospitalId, 'saveTemplate', doc._id);
    });
    return { template: templateView(doc, owner.name) };
  },
});

export const removeTemplate = action(schedule.removeTemplate, {
  who: staff('scheduler'),
  async run({ templateId }, ctx) {
    const t = await ctx.db.get<TemplateDoc>('scheduleTemplates', templateId);
    if (!t) throw notFound('排班模板');
    await ctx.requireRole(t.hospitalId, StaffRole.scheduler);
    await ctx.db.transaction(async (tx) => {
      await tx.removeById('scheduleTemplates', templateId);
      await audit(tx, ctx, t.hospitalId, 'removeTemplate', templateId);
    });
    const removedSlots = await ctx.db.remove('slots', { templateId, booked: 0, state: 'open', start: { gt: ctx.now } });
    return { removed: true, removedSlots };
  },
});

export const listResources = action(schedule.listResources, {
  who: staff('scheduler'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.scheduler);
    const resources = await findAll<ResourceDoc>(ctx.db, 'resources', { hospitalId }, [['sort', 'asc']]);
    return {
      resources: resources.map((r) => ({
        id: r._id,
        name: r.name,
        examType: r.examType,
        departmentId: r.departmentId,
        location: r.location,
        prepNotes: r.prepNotes,
      })),
    };
  },
});

export const getSettings = action(schedule.getSettings, {
  who: staff('scheduler'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.scheduler);
    return { settings: settingsView(withDefaults((await hospitalOr404(ctx.db, hospitalId)).booking)) };
  },
});

export const saveSettings = action(schedule.saveSettings, {
  who: staff('scheduler'),
  async run({ hospitalId, noShowCount, noShowWithinDays, noShowRestrictDays, ...rest }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.scheduler);
    const problem = releaseTimeProblem(rest.releaseTime);
    if (problem) throw new AppError(ErrorCode.VALIDATION_FAILED, problem, 'releaseTime');
    await hospitalOr404(ctx.db, hospitalId);
    const booking = { ...rest, noShow: { count: noShowCount, withinDays: noShowWithinDays, restrictDays: noShowRestrictDays } };
    await ctx.db.transaction(async (tx) => {
      await tx.updateById('hospitals', hospitalId, { set: { booking, updatedAt: ctx.now } });
      await audit(tx, ctx, hospitalId, 'saveSettings', hospitalId);
    });
    const settings = withDefaults(booking);
    await ctx.db.update('slots', { hospitalId, start: { gt: ctx.now } }, { set: { settings } });
    return { settings: settingsView(settings) };
  },
});

export const publish = action(schedule.publish, {
  who: staff('scheduler'),
  async run({ hospitalId, ownerId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.scheduler);
    const hospital = await hospitalOr404(ctx.db, hospitalId);
    const result = await publishHospital(ctx.db, hospital, ctx.now, ownerId);
    await ctx.db.transaction((tx) => audit(tx, ctx, hospitalId, 'publish', ownerId ?? hospitalId));
    return result;
  },
});
