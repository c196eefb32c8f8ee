/** The department list of the editor: one row per department with where it is and its phone. */
import type { DepartmentIntroInput } from '../../shared/contract/content';

export type EditableDepartment = DepartmentIntroInput & { id: string; name: string };

export interface DepartmentRow {
  id: string;
  name: string;
  label: string;
}

export function departmentRow(d: EditableDepartment): DepartmentRow {
  const parts = [d.location || '未填写位置', d.phone ? `电话 ${d.phone}` : '未填写电话'];
  return { id: d.id, name: d.name, label: parts.join(' · ') };
}
