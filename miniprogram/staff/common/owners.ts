/**
 * Choosing whose schedule to work on: a department, then one of its doctors; or the group of
 * exam and treatment rooms, then a room. Options are shaped for van-dropdown-item.
 */
import type { DepartmentSummary, DoctorSummary } from '../../shared/dto/content';
import type { ResourceView } from '../../shared/dto/schedule';

/** The group value of the exam and treatment rooms (department ids never look like this). */
export const ROOMS = '@rooms';

export interface Owners {
  departments: DepartmentSummary[];
  doctors: DoctorSummary[];
  resources: ResourceView[];
}

export interface Option {
  text: string;
  value: string;
}

export interface OwnerChoice {
  ownerType: 'doctor' | 'resource';
  ownerId: string;
  ownerName: string;
}

/** Departments that have doctors, in the hospital's order, then the rooms when there are any. */
export function groupOptions(owners: Owners): Option[] {
  const staffed = new Set(owners.doctors.map((d) => d.departmentId));
  const options = owners.departments.filter((d) => staffed.has(d.id)).map((d) => ({ text: d.name, value: d.id }));
  if (owners.resources.length > 0) options.push({ text: '检查/治疗项目', value: ROOMS });
  return options;
}

/** The doctors of a department (陈立民 主任医师), or the rooms. */
export function ownerOptions(owners: Owners, group: string): Option[] {
  if (group === ROOMS) return owners.resources.map((r) => ({ text: r.name, value: r.id }));
  return owners.doctors.filter((d) => d.departmentId === group).map((d) => ({ text: `${d.name} ${d.titleLabel}`, value: d.id }));
}

export function ownerChoice(owners: Owners, ownerId: string): OwnerChoice | null {
  const doctor = owners.doctors.find((d) => d.id === ownerId);
  if (doctor) return { ownerType: 'doctor', ownerId, ownerName: doctor.name };
  const room = owners.resources.find((r) => r.id === ownerId);
  return room ? { ownerType: 'resource', ownerId, ownerName: room.name } : null;
}

/** The group an owner belongs to, or ''. */
export function groupOf(owners: Owners, ownerId: string): string {
  const doctor = owners.doctors.find((d) => d.id === ownerId);
  if (doctor) return doctor.departmentId;
  return owners.resources.some((r) => r.id === ownerId) ? ROOMS : '';
}

/** What the pickers show after choosing a group: its options and its first owner. */
export function pickGroup(owners: Owners, group: string): { group: string; ownerOptions: Option[]; ownerId: string } {
  const options = ownerOptions(owners, group);
  return { group, ownerOptions: options, ownerId: options.length > 0 ? options[0].value : '' };
}

/** The first choice when a page opens: `preferred` when it is known, else the first group's first owner. */
export function initialPick(owners: Owners, preferred: string): { group: string; ownerOptions: Option[]; ownerId: string } {
  const group = groupOf(owners, preferred);
  if (group) return { group, ownerOptions: ownerOptions(owners, group), ownerId: preferred };
  const groups = groupOptions(owners);
  return pickGroup(owners, groups.length > 0 ? groups[0].value : '');
}
