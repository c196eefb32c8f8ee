/** Typed calls of the `staff` cloud function. */
import type { StaffMe, StaffMember } from '../shared/dto/staff';
import type { StaffRole } from '../shared/enums';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('staff', action, params);

export const me = () => call<StaffMe>('me');
export const listStaff = (hospitalId: string) => call<{ staff: StaffMember[] }>('list', { hospitalId });
export interface GrantInput {
  openid: string;
  name: string;
  role: StaffRole;
  /** With the doctor role: the doctor this account is. */
  doctorId?: string;
  /** The year independent practice began (doctors and nurses). */
  practiceSinceYear?: number;
}
export const grantRole = (hospitalId: string, input: GrantInput) => call<{ member: StaffMember | null }>('grant', { hospitalId, ...input });
export const revokeRole = (hospitalId: string, openid: string, role: StaffRole) =>
  call<{ revoked: boolean }>('revoke', { hospitalId, openid, role });
