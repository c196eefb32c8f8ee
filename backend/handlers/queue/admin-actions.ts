/** The admin assigns nurses to clinic areas (departments); nurses act on those areas' sessions only. */
import { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { DepartmentDoc, StaffDoc } from '../../domain/content/docs';
import type { NurseAreasDoc } from '../../domain/queue/docs';
import { findAll } from '../framework/find-all';
import { AppError } from '../framework/app-error';
import { audit } from '../framework/audit';
import { queue } from '../../../miniprogram/shared/contract/queue';
import { action } from '../framework/define';
import { nurseAreasId } from './access';
import { admins } from '../framework/who';

export const assignAreas = action(queue.assignAreas, {
  who: admins(),
  async run({ hospitalId, openid, departmentIds }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    const member = await ctx.db.get<StaffDoc>('staff', `staff-${openid}-${hospitalId}`);
    if (!member || !member.roles.includes(StaffRole.nurse)) throw new AppError(ErrorCode.STATE_CONFLICT, '该账号不是本院护士，请先授予护士角色', 'openid');
    const known = (await findAll<DepartmentDoc>(ctx.db, 'departments', { hospitalId }, [['sort', 'asc']])).map((d) => d._id);
    const unknown = departmentIds.find((id) => !known.includes(id));
    if (unknown) throw new AppError(ErrorCode.VALIDATION_FAILED, '诊区不属于本院', 'departmentIds');
    const ids = [...new Set(departmentIds)];
    await ctx.db.transaction(async (tx) => {
      await tx.set<NurseAreasDoc>('nurseAreas', { _id: nurseAreasId(openid, hospitalId), hospitalId, openid, departmentIds: ids, updatedAt: ctx.now });
      await audit(tx, ctx, hospitalId, 'assignAreas', openid);
    });
    return { openid, departmentIds: ids };
  },
});

export const listAreas = action(queue.listAreas, {
  who: admins(),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    const staff = (await findAll<StaffDoc>(ctx.db, 'staff', { hospitalId }, [['updatedAt', 'desc']])).filter((s) => s.roles.includes(StaffRole.nurse));
    const departments = await findAll<DepartmentDoc>(ctx.db, 'departments', { hospitalId }, [['sort', 'asc']]);
    const nurses = [];
    for (const s of staff) {
      const areas = await ctx.db.get<NurseAreasDoc>('nurseAreas', nurseAreasId(s.openid, hospitalId));
      nurses.push({ openid: s.openid, name: s.name, departmentIds: areas ? areas.departmentIds : [] });
    }
    return { nurses, departments: departments.map((d) => ({ id: d._id, name: d.name, location: d.location })) };
  },
});
