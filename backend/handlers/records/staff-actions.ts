/**
 * The critical-value worklist (危急值): China's core medical-quality rules have staff hand over a
 * critical result, not self-service. The report's own department takes it first: its doctors (the
 * doctor record a doctor's grant is bound to) and the nurses the admin assigned to its clinic area;
 * a value still waiting after ESCALATE_MS reaches every doctor and nurse of the hospital (there is no
 * duty roster to name the on-duty staff, and a critical value must not wait for want of one); the
 * hospital's admins always. They see the reports awaiting a handover, newest first (the most urgent;
 * older ones stay listed until recorded), with the results and the patient's phone, and record who
 * reached whom, when and how; only then does the patient's own view show the results
 * (docs/access.md, docs/records.md).
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { doctorIdsIn } from '../../domain/auth';
import type { DoctorDoc } from '../../domain/content/docs';
import type { NurseAreasDoc } from '../../domain/queue/docs';
import type { Ctx } from '../framework/context';
import { nurseAreasId } from '../queue/access';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { CriticalTask } from '../../../miniprogram/shared/dto/records';
import type { PatientDoc } from '../../domain/booking/docs';
import type { CriticalContact, ReportDoc } from '../../domain/records/docs';
import { AppError, notFound } from '../framework/app-error';
import { audit } from '../framework/audit';
import { records } from '../../../miniprogram/shared/contract/records';
import { action } from '../framework/define';
import { itemViews, timeText } from './views';
import { staff } from '../framework/who';

const HANDOVER_ROLES = [StaffRole.doctor, StaffRole.nurse];

/** How long a critical value waits for its own department before every doctor and nurse of the hospital sees it. */
export const ESCALATE_MS = 30 * 60_000;

/** Whom a caller's handover reaches: every report (an admin), or its departments' and the escalated ones. */
type Reach = { all: true } | { all: false; departmentIds: string[] };

async function reachIn(ctx: Ctx, hospitalId: string): Promise<Reach> {
  await ctx.requireRole(hospitalId, ...HANDOVER_ROLES);
  const roles = await ctx.rolesIn(hospitalId);
  if (roles.includes(StaffRole.admin)) return { all: true };
  const departmentIds = new Set<string>();
  if (roles.includes(StaffRole.nurse)) {
    const areas = await ctx.db.get<NurseAreasDoc>('nurseAreas', nurseAreasId(ctx.user(), hospitalId));
    for (const id of areas?.departmentIds ?? []) departmentIds.add(id);
  }
  if (roles.includes(StaffRole.doctor)) {
    for (const id of doctorIdsIn(await ctx.staffGrants(), hospitalId)) {
      const doctor = await ctx.db.get<DoctorDoc>('doctors', id);
      if (doctor) departmentIds.add(doctor.departmentId);
    }
  }
  return { all: false, departmentIds: [...departmentIds] };
}

const reaches = (reach: Reach, r: ReportDoc, now: number): boolean =>
  reach.all || reach.departmentIds.includes(r.departmentId) || now - (r.reportedAt ?? now) >= ESCALATE_MS;

/** How long a critical value has waited: minutes, then hours, then days. */
export function waitingText(minutes: number): string {
  if (minutes < 60) return `${minutes}分钟`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)}小时`;
  return `${Math.floor(minutes / 1440)}天`;
}

export const criticalList = action(records.criticalList, {
  who: staff('nurse', 'doctor'),
  async run({ hospitalId }, ctx) {
    const reach = await reachIn(ctx, hospitalId);
    const open = await ctx.db.find<ReportDoc>('reports', { where: { hospitalId, criticalState: 'open' }, orderBy: [['sortAt', 'desc']], limit: 100 });
    const tasks: CriticalTask[] = [];
    for (const r of open.filter((x) => reaches(reach, x, ctx.now))) {
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
  who: staff('nurse', 'doctor'),
  async run({ reportId, contactedPerson, method, note }, ctx) {
    const found = await ctx.db.get<ReportDoc>('reports', reportId);
    if (!found) throw notFound('报告');
    if (!reaches(await reachIn(ctx, found.hospitalId), found, ctx.now))
      throw new AppError(ErrorCode.FORBIDDEN, `该危急值由${found.departmentName}处理，${ESCALATE_MS / 60_000}分钟未处理后全院医护均可处理`);
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
