/** The family members (就诊人) a records page switches between: loaded once, the one asked for or the first. */
import { api } from '../../api/index';
import type { Envelope } from '../../shared/envelope';
import { fetchView, type View } from '../../stores/remote';

export interface Member {
  id: string;
  name: string;
  relationText: string;
}

export async function loadFamily(): Promise<Envelope<Member[]>> {
  const res = await api.patients.list();
  if (!res.ok) return res;
  return { ok: true, data: res.data.patients.map((p) => ({ id: p.id, name: p.name, relationText: p.relationLabel })) };
}

/** The member asked for when it is one of the account's, else the first. */
export function pickMember(members: readonly Member[], wanted: string): string {
  return members.some((m) => m.id === wanted) ? wanted : (members[0]?.id ?? '');
}

export interface FamilyData {
  family: View<Member[]>;
  members: Member[];
  selected: string;
}

/** The page data of the family switcher: the members loaded, and the one to show. */
export async function familyData(wanted: string): Promise<FamilyData> {
  const family = await fetchView(loadFamily, (m) => m.length === 0);
  const members = family.data ?? [];
  return { family, members, selected: pickMember(members, wanted) };
}
