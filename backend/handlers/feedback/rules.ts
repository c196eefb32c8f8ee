/** The hospital's complaint time limits in working days (default 5, and 10 for several departments). */
import type { ComplaintRules } from '../../../miniprogram/shared/dto/feedback';
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { DEFAULT_LIMITS } from '../../domain/feedback/complaints';
import type { ComplaintRulesDoc } from '../../domain/feedback/docs';
import type { Db } from '../../ports';
import { hospitalOr404 } from '../framework/hospital';
import { AppError } from '../framework/app-error';
import { audit } from '../framework/audit';
import { feedback } from '../../../miniprogram/shared/contract/feedback';
import { action } from '../framework/define';
import { admins, staff } from '../framework/who';

export async function complaintRules(db: Db, hospitalId: string): Promise<ComplaintRules> {
  const doc = await db.get<ComplaintRulesDoc>('complaintRules', hospitalId);
  return doc ? { singleDays: doc.singleDays, multiDays: doc.multiDays } : { ...DEFAULT_LIMITS };
}

export const getRules = action(feedback.getRules, {
  who: staff('service'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin, StaffRole.service);
    return { rules: await complaintRules(ctx.db, hospitalId) };
  },
});

export const saveRules = action(feedback.saveRules, {
  who: admins(),
  async run({ hospitalId, singleDays, multiDays }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    await hospitalOr404(ctx.db, hospitalId);
    if (multiDays < singleDays) throw new AppError(ErrorCode.VALIDATION_FAILED, '涉及多个部门的时限不能短于单个部门', 'multiDays');
    await ctx.db.transaction(async (tx) => {
      await tx.set<ComplaintRulesDoc>('complaintRules', { _id: hospitalId, singleDays, multiDays, updatedAt: ctx.now });
      await audit(tx, ctx, hospitalId, 'complaintRules', `${singleDays}/${multiDays}`);
    });
    return { rules: { singleDays, multiDays } };
  },
});
