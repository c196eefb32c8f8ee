/**
 * Who may do what. A caller is a patient (any WeChat user) and, per hospital, may hold staff
 * roles. An admin of a hospital holds every role there; openids configured as platform admins
 * are admins of every hospital.
 */
import type { StaffRole } from '../../miniprogram/shared/enums';
import { StaffRole as Roles } from '../../miniprogram/shared/enums';

export interface RoleGrant {
  hospitalId: string;
  roles: readonly string[];
  /** The doctor a doctor grant is bound to: a doctor acts on their own sessions only. */
  doctorId?: string;
}

const ALL_ROLES = Object.values(Roles);

function isRole(value: string): value is StaffRole {
  return (ALL_ROLES as string[]).includes(value);
}

/** The roles a caller holds in one hospital, with admin expanded to every role. */
export function rolesIn(grants: readonly RoleGrant[], hospitalId: string, platformAdmin: boolean): StaffRole[] {
  if (platformAdmin) return [...ALL_ROLES];
  const held = grants.filter((g) => g.hospitalId === hospitalId).flatMap((g) => g.roles.filter(isRole));
  return held.includes(Roles.admin) ? [...ALL_ROLES] : [...new Set(held)];
}

/** True when the caller holds at least one of the required roles in that hospital. */
export function mayAct(held: readonly StaffRole[], required: readonly StaffRole[]): boolean {
  return required.some((r) => held.includes(r));
}

/** The doctor ids the caller's doctor grants in the hospital are bound to. */
export function doctorIdsIn(grants: readonly RoleGrant[], hospitalId: string): string[] {
  return grants.filter((g) => g.hospitalId === hospitalId && g.roles.includes(Roles.doctor) && g.doctorId).map((g) => g.doctorId ?? '');
}
