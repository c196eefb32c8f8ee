/** The `staff` cloud function (backend/handlers/staff.ts): who am I in each hospital, and (admins) who holds which role. */
import { z } from 'zod';
import type { StaffMe, StaffMember } from '../dto/staff';
import { StaffRole, enumValues } from '../enums';
import { act } from './define';
import { fields } from './fields';

const openidField = () =>
  z
    .string()
    .min(6)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, { message: '微信用户标识格式不正确' });
const roleField = () => z.enum(enumValues(StaffRole));

const grantInput = z.object({
  hospitalId: fields.id(),
  openid: openidField(),
  name: fields.requiredText(30),
  role: roleField(),
  /** With the doctor role: the doctor this account is. */
  doctorId: fields.id().optional(),
  /** The year independent practice began: recorded with the doctor role, it decides online practice. */
  practiceSinceYear: z.number().int().min(1960).max(2100).optional(),
});

/** What an admin fills in to grant a role (the hospital comes from the page). */
export type GrantInput = Omit<z.input<typeof grantInput>, 'hospitalId'>;

export const staff = {
  me: act<StaffMe>()(z.object({})),
  list: act<{ staff: StaffMember[] }>()(z.object({ hospitalId: fields.id() })),
  grant: act<{ member: StaffMember | null }>()(grantInput),
  revoke: act<{ revoked: boolean }>()(z.object({ hospitalId: fields.id(), openid: openidField(), role: roleField() })),
};
