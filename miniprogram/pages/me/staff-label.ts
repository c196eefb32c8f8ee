/** The line under 工作人员入口: each hospital where roles are held, with the roles' names. */
import type { StaffHospitalRoles } from '../../shared/dto/staff';
import { staffRoleLabels } from '../../shared/enums';

export function staffLabel(hospitals: StaffHospitalRoles[]): string {
  return hospitals.map((h) => `${h.hospitalName} · ${h.roles.map((r) => staffRoleLabels[r]).join('、')}`).join('；');
}
