/** The 相关科室 of an article: its department ids, in the article's order, with their names. */
import type { DepartmentSummary } from '../../shared/dto/content';

export interface RelatedDepartment {
  id: string;
  name: string;
  location: string;
}

export function relatedDepartments(ids: string[], departments: DepartmentSummary[]): RelatedDepartment[] {
  return ids
    .map((id) => departments.find((d) => d.id === id))
    .filter((d) => d !== undefined)
    .map((d) => ({ id: d.id, name: d.name, location: d.location }));
}
