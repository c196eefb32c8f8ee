/** The family members (就诊人) a records page switches between: loaded once, the one asked for or the first. */
import { listPatients } from '../../api/patients';
import type { Envelope } from '../../shared/envelope';

export interface Member {
  id: string;
  name: string;
  relationText: string;
}

export async function loadFamily(): Promise<Envelope<Member[]>> {
  const res = await listPatients();
  if (!res.ok) return res;
  return { ok: true, data: res.data.patients.map((p) => ({ id: p.id, name: p.name, relationText: p.relationLabel })) };
}

/** The member asked for when it is one of the account's, else the first. */
export function pickMember(members: readonly Member[], wanted: string): string {
  return members.some((m) => m.id === wanted) ? wanted : (members[0]?.id ?? '');
}
