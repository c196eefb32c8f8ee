/** HIS answers that failed their checks: recorded for the hospital, listed for its admin and billing staff. */
import { StaffRole } from '../../../miniprogram/shared/enums';
import type { AppointmentDoc } from '../../domain/booking/docs';
import type { HisIssueDoc } from '../../domain/his/docs';
import { DuplicateKeyError, type Ports } from '../../ports';
import { clinic } from '../../../miniprogram/shared/contract/clinic';
import { action } from '../framework/define';
import { hashId } from '../../ids';
import { staff } from '../framework/who';

/** Records the fault once per visit and problem; a repeat counts and moves `lastAt`. */
export async function recordHisIssue(ports: Ports, a: AppointmentDoc, problem: string, now: number): Promise<void> {
  const _id = hashId('hisissue', a._id, problem);
  const issue: HisIssueDoc = {
    _id,
    hospitalId: a.hospitalId,
    appointmentId: a._id,
    departmentName: a.departmentName,
    doctorName: a.ownerName,
    problem,
    firstAt: now,
    lastAt: now,
    times: 1,
  };
  try {
    await ports.db.insert('hisIssues', issue);
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
    await ports.db.update('hisIssues', { _id }, { set: { lastAt: now }, inc: { times: 1 } });
  }
}

export const hisIssues = action(clinic.hisIssues, {
  who: staff('billing'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin, StaffRole.billing);
    const issues = await ctx.db.find<HisIssueDoc>('hisIssues', { where: { hospitalId }, orderBy: [['lastAt', 'desc']], limit: 100 });
    return {
      issues: issues.map((i) => ({
        id: i._id,
        appointmentId: i.appointmentId,
        departmentName: i.departmentName,
        doctorName: i.doctorName,
        problem: i.problem,
        firstAt: i.firstAt,
        lastAt: i.lastAt,
        times: i.times,
      })),
    };
  },
});
