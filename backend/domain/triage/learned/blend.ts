/**
 * The department list when the learned reader (model.ts) has its say: each of the rules' first three
 * keeps its share of the rules' points, and each of the reader's five likeliest specialties adds
 * BLEND × its chance to the hospital's departments for it (through the route table, as the rules'
 * points go); one the rules did not name joins only from a chance of 0.1. A department the rules are
 * sure of keeps its place; between departments the rules weigh alike, the reader decides. The
 * numbers were chosen by cross-validation on sealed sets 3–6 against the engine as it was when each
 * set was first scored (docs/triage.md, "The learned reader").
 *
 * Example: rules 皮肤科 0.6, 普通外科 0.3, 感染科 0.1; the reader says 普通外科 0.6, 眼科 0.3, 皮肤科 0.1,
 * 医学心理科 0.05 → 普通外科 0.75, 皮肤科 0.675, 眼科 0.225, 感染科 0.1 (医学心理科 does not join).
 */
import type { RouteTable } from '../hospital-map';
import type { DeptTally } from '../tally';
import type { DeptKey } from '../types';

const BLEND = 0.75;
const FROM_RULES = 3;
const CONSIDERED = 5;
/** A department the rules did not name joins only from this chance. */
const JOINS_FROM = 0.1;

/**
 * The rules' departments (all of them, best first) and the reader's chances blended into one list,
 * best first. `because` is the reason a department the rules did not name is shown with.
 */
export function blendDepartments(rules: DeptTally[], chances: Map<DeptKey, number>, table: RouteTable, because: string): DeptTally[] {
  const total = rules.reduce((sum, t) => sum + t.value, 0);
  const byId = new Map<string, DeptTally>();
  for (const t of rules.slice(0, FROM_RULES)) byId.set(t.department.id, { ...t, reasons: new Map(t.reasons), value: t.value / total });
  const likeliest = [...chances.entries()].sort((a, b) => b[1] - a[1]).slice(0, CONSIDERED);
  for (const [key, p] of likeliest) {
    for (const route of table.get(key) ?? []) {
      if (!byId.has(route.department.id) && p < JOINS_FROM) continue;
      const t = byId.get(route.department.id) ?? { department: route.department, value: 0, reasons: new Map<string, number>(), notes: new Set<string>() };
      t.value += BLEND * p * route.factor;
      if (t.reasons.size === 0) t.reasons.set(because, p);
      if (route.note) t.notes.add(route.note);
      byId.set(route.department.id, t);
    }
  }
  return [...byId.values()].filter((t) => t.value > 0).sort((a, b) => b.value - a.value || a.department.name.localeCompare(b.department.name));
}
