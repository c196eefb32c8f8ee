/** The `staff` cloud function: who am I in each hospital, and (admins) who holds which role. */
import type { StaffMe, StaffMember } from '../../miniprogram/shared/dto/staff';
import { StaffRole, staffRoleLabels } from '../../miniprogram/shared/enums';
import type { Db } from '../ports';
import { rolesIn } from '../domain/auth';
import { onlinePracticeRefusal } from '../domain/online/qualification';
import { shanghaiYear } from '../../miniprogram/shared/time';
import type { DoctorDoc, HospitalDoc, StaffDoc } from '../domain/content/docs';
import { ErrorCode } from '../../miniprogram/shared/errors';
import { AppError } from './framework/app-error';
import { findAll } from './framework/find-all';
import { hospitalOr404 } from './framework/hospital';
import { audit } from './framework/audit';
import { staff } from '../../miniprogram/shared/contract/staff';
import { action, defineFunction } from './framework/define';
import { admins, signedIn } from './framework/who';

/** Names the member view needs: the hospital's doctors and the staff who may have granted a role. */
interface Names {
  doctors: Map<string, string>;
  staff: Map<string, string>;
}

/** Who granted: a colleague by name, the platform's administrators, or the initial setup. */
function grantedByText(openid: string, names: Names): string {
  if (openid === 'seed') return '系统初始化';
  return names.staff.get(openid) ?? '平台管理员';
}

function member(s: StaffDoc, hospitalId: string, now: number, names: Names): StaffMember {
  const roles = rolesIn([s], hospitalId, false);
  return {
    id: s._id,
    openid: s.openid,
    hospitalId: s.hospitalId,
    name: s.name,
    roles,
    roleLabels: roles.map((r) => staffRoleLabels[r]),
    doctorId: s.doctorId ?? '',
    doctorName: s.doctorId ? (names.doctors.get(s.doctorId) ?? '') : '',
    practiceSinceYear: s.practiceSinceYear ?? 0,
    onlineRefusal: s.doctorId ? (onlinePracticeRefusal(s, shanghaiYear(now)) ?? '') : '',
    grantedBy: s.grantedBy,
    grantedByText: grantedByText(s.grantedBy, names),
  };
}

async function namesIn(db: Db, hospitalId: string, staff: readonly StaffDoc[]): Promise<Names> {
  const doctors = await findAll<DoctorDoc>(db, 'doctors', { hospitalId }, [['sort', 'asc']]);
  return { doctors: new Map(doctors.map((d) => [d._id, d.name])), staff: new Map(staff.map((m) => [m.openid, m.name])) };
}

const me = action(staff.me, {
  who: signedIn(),
  async run(_input, ctx): Promise<StaffMe> {
    const openid = ctx.user();
    const hospitals = await findAll<HospitalDoc>(ctx.db, 'hospitals', {}, [['sort', 'asc']]);
    const grants = await ctx.staffGrants();
    return {
      openid,
      platformAdmin: ctx.platformAdmin,
      hospitals: hospitals
        .map((h) => ({ hospitalId: h._id, hospitalName: h.name, roles: rolesIn(grants, h._id, ctx.platformAdmin) }))
        .filter((h) => h.roles.length > 0),
    };
  },
});

const list = action(staff.list, {
  who: admins(),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    const staff = await findAll<StaffDoc>(ctx.db, 'staff', { hospitalId }, [['updatedAt', 'desc']]);
    const names = await namesIn(ctx.db, hospitalId, staff);
    return { staff: staff.filter((s) => s.roles.length > 0).map((s) => member(s, hospitalId, ctx.now, names)) };
  },
});

const grant = action(staff.grant, {
  who: admins(),
  async run({ hospitalId, openid, name, role, doctorId, practiceSinceYear }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    await hospitalOr404(ctx.db, hospitalId);
    if (role === StaffRole.doctor) {
      if (!doctorId) throw new AppError(ErrorCode.VALIDATION_FAILED, '授予医生角色时请选择这位医生', 'doctorId');
      const doctor = await ctx.db.get<DoctorDoc>('doctors', doctorId);
      if (!doctor || doctor.hospitalId !== hospitalId) throw new AppError(ErrorCode.VALIDATION_FAILED, '该医生不属于本院', 'doctorId');
    }
    const id = `staff-${openid}-${hospitalId}`;
    await ctx.db.transaction(async (tx) => {
      const before = await tx.get<StaffDoc>('staff', id);
      const held = before?.roles ?? [];
      const roles = held.includes(role) ? held : [...held, role];
      const bound = role === StaffRole.doctor ? doctorId : before?.doctorId;
      const since = practiceSinceYear ?? before?.practiceSinceYear;
      await tx.set<StaffDoc>('staff', {
        ...before,
        _id: id,
        openid,
        hospitalId,
        name,
        roles,
        ...(bound ? { doctorId: bound } : {}),
        ...(since !== undefined ? { practiceSinceYear: since } : {}),
        grantedBy: ctx.user(),
        updatedAt: ctx.now,
      });
      await audit(tx, ctx, hospitalId, `grant:${role}`, id);
    });
    const s = await ctx.db.get<StaffDoc>('staff', id);
    const staff = await findAll<StaffDoc>(ctx.db, 'staff', { hospitalId }, [['updatedAt', 'desc']]);
    return { member: s ? member(s, hospitalId, ctx.now, await namesIn(ctx.db, hospitalId, staff)) : null };
  },
});

const revoke = action(staff.revoke, {
  who: admins(),
  async run({ hospitalId, openid, role }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.admin);
    const id = `staff-${openid}-${hospitalId}`;
    await ctx.db.transaction(async (tx) => {
      const s = await tx.get<StaffDoc>('staff', id);
      if (!s || !s.roles.includes(role)) return;
      await tx.updateById('staff', id, { set: { roles: s.roles.filter((r) => r !== role), updatedAt: ctx.now } });
      await audit(tx, ctx, hospitalId, `revoke:${role}`, id);
    });
    return { revoked: true };
  },
});

export const staffFunction = defineFunction('staff', staff, { me, list, grant, revoke });
