/**
 * A notice to the staff of a hospital who hold one of the roles (an admin holds every role): one
 * outbox message each, deduplicated by `key` and the staff member, sent by the `reminders` timer
 * only with that person's consent (backend/handlers/reminders/dispatch.ts) like any patient message.
 */
import { StaffRole } from '../../../miniprogram/shared/enums';
import type { StaffDoc } from '../../domain/content/docs';
import type { Notice, Ports } from '../../ports';
import { findAll } from './find-all';

export async function tellStaff(ports: Ports, hospitalId: string, roles: readonly StaffRole[], notice: Omit<Notice, 'openid' | 'hospitalId'>): Promise<number> {
  const staff = await findAll<StaffDoc>(ports.db, 'staff', { hospitalId }, [['openid', 'asc']]);
  const held = new Set<string>([StaffRole.admin, ...roles]);
  const told = staff.filter((s) => s.roles.some((r) => held.has(r)));
  for (const s of told) await ports.notifier.notify({ ...notice, openid: s.openid, hospitalId, key: `${notice.key}:${s.openid}` });
  return told.length;
}
