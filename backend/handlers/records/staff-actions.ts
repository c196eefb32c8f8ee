/**
 * The critical-value worklist (危急值): China's core medical-quality rules have staff hand over a
 * critical result, not self-service. Doctors and nurses of the report's hospital see the reports
 * awaiting a handover, newest first (the most urgent; older ones stay listed until recorded), with
 * the results and the patient's phone, and record who reached whom, when and how; only then does
 * the patient's own view show the results.
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { CriticalTask } from '../../../miniprogram/shared/dto/records';
import type { PatientDoc } from '../../domain/booking/docs';
import type { CriticalContact, ReportDoc } from '../../domain/records/docs';
import { AppError, notFound } from '../framework/app-error';
import { audit } from '../framework/audit';
import { records } from '../../../miniprogram/shared/contract/records';
import { action } from '../framework/define';
import { itemViews, timeText } from './views';

const HANDOVER_ROLES = [StaffRole.doctor, StaffRole.nurse];

/** How long a critical value has waited: minutes, then hours, then days. */
export function waitingText(minutes: number): string {
  if (minutes < 60) return `${minutes}分钟`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)}小时`;
  return `${Math.floor(minutes / 1440)}天`;
}

export const criticalList = action(records.criticalList, {
  access: 'user',
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, ...HANDOVER_ROLES);
    const open = await ctx.db.find<ReportDoc>('reports', { where: { hospitalId, criticalState: 'open' }, orderBy: [['sortAt', 'desc']], limit: 100 });
    const tasks: CriticalTask[] = [];
    for (const r of open) {
      const patient = await ctx.db.get<PatientDoc>('patients', r.patientId);
      tasks.push({
        reportId: r._id,
        title: r.title,
        patientName: r.patientName,
        phone: patient?.phone ?? '',
        departmentName: r.departmentName,
        reportedText: r.reportedAt !== null ? timeText(r.reportedAt) : '',
        waitingText: waitingText(Math.max(0, Math.floor((ctx.now - (r.reportedAt ?? ctx.now)) / 60_000))),
        items: itemViews(r, true).filter((i) => i.abnormal),
        impression: r.impression,
      });
    }
    return { tasks };
  },
});

export const recordContact = action(records.recordContact, {
  access: 'user',
  async run({ reportId, contactedPerson, method, note }, ctx) {
    const found = await ctx.db.get<ReportDoc>('reports', reportId);
    if (!found) throw notFound('报告');
    await ctx.requireRole(found.hospitalId, ...HANDOVER_ROLES);
    const grant = (await ctx.staffGrants()).find((g) => g.hospitalId === found.hospitalId);
    const contact: CriticalContact = { staffOpenid: ctx.user(), staffName: grant?.name ?? '医务人员', contactedPerson, method, note: note ?? '', at: ctx.now };
    const recorded = await ctx.db.transaction(async (tx) => {
      const r = await tx.get<ReportDoc>('reports', reportId);
      if (!r) throw notFound('报告');
      if (r.contact) return r.contact;
      if (r.criticalState !== 'open') throw new AppError(ErrorCode.STATE_CONFLICT, '该报告没有待处理的危急值');
      await tx.updateById('reports', reportId, { set: { contact, criticalState: 'done' } });
      await audit(tx, ctx, r.hospitalId, 'recordCriticalContact', reportId);
      return contact;
    });
    return { reportId, contactedBy: recorded.staffName, contactedPerson: recorded.contactedPerson, method: recorded.method, at: recorded.at };
  },
});
