/**
 * The departments a complaint's scores point to: each canonical key's points spread over the
 * hospital's own departments by the route table (hospital-map.ts), with the reasons that gave them.
 */
import type { RouteTable, HospitalDepartment } from './hospital-map';
import type { Scores } from './score';

export interface DeptTally {
  department: HospitalDepartment;
  value: number;
  reasons: Map<string, number>;
  notes: Set<string>;
}

export function tallyDepartments(scores: Scores, table: RouteTable): DeptTally[] {
  const tallies = new Map<string, DeptTally>();
  for (const [key, s] of scores) {
    if (s.value <= 0) continue;
    for (const route of table.get(key) ?? []) {
      const t = tallies.get(route.department.id) ?? { department: route.department, value: 0, reasons: new Map<string, number>(), notes: new Set<string>() };
      t.value += s.value * route.factor;
      for (const [r, v] of s.reasons) t.reasons.set(r, (t.reasons.get(r) ?? 0) + v * route.factor);
      if (route.note && s.value * route.factor >= 1) t.notes.add(route.note);
      tallies.set(route.department.id, t);
    }
  }
  return [...tallies.values()].sort((a, b) => b.value - a.value || a.department.name.localeCompare(b.department.name));
}
