/**
 * From canonical department keys to the hospital's own departments, by name. A department that is
 * exactly the specialty wins (心血管内科 for cardiology); otherwise a combined one that covers it
 * (内科 in a county hospital); otherwise the nearest the hospital has (肝病科 → 感染科, then
 * 消化内科; 男科 → 泌尿外科; 小儿外科 → 儿科, then 普通外科). Medical-technology departments
 * (放射科, 检验科 …) are never suggested: patients are not registered there for a complaint.
 *
 * Example (the demo tier-3 hospital): hepatology → [感染科 ×0.9, 消化内科 ×0.5].
 */
import type { DepartmentCategory } from '../../../miniprogram/shared/enums';
import { canonicalDepartments } from './data/departments';
import type { CanonicalDepartment, DeptKey } from './types';

export interface HospitalDepartment {
  id: string;
  name: string;
  category: DepartmentCategory;
  location: string;
  phone: string;
}

export interface Route {
  department: HospitalDepartment;
  factor: number;
  /** Why the patient is sent here instead, e.g. 本院未单设肝病科，由感染科接诊. */
  note: string | null;
}

export type RouteTable = Map<DeptKey, Route[]>;

const FALLBACK_FACTORS = [0.9, 0.5, 0.3];

const byKey = new Map<DeptKey, CanonicalDepartment>(canonicalDepartments.map((c) => [c.key, c]));

const clean = (name: string): string => name.replace(/\s/g, '').replace(/门诊$/, '');

/** The key a department is exactly, by the longest name of any key that it contains. */
function directKeyOf(name: string): DeptKey | null {
  let best: { key: DeptKey; length: number } | null = null;
  for (const c of canonicalDepartments) {
    for (const n of c.names) {
      if (name.includes(n) && (!best || n.length > best.length)) best = { key: c.key, length: n.length };
    }
  }
  return best ? best.key : null;
}

/** The specialty a department of this name is (心血管内科 → cardiology), or null for a combined one. */
export const keyOfName = (name: string): DeptKey | null => directKeyOf(clean(name));

export function routeTable(departments: HospitalDepartment[]): RouteTable {
  const clinical = departments.filter((d) => d.category !== 'medtech');
  const direct = new Map<DeptKey, HospitalDepartment[]>();
  for (const d of clinical) {
    const key = directKeyOf(clean(d.name));
    if (key) direct.set(key, [...(direct.get(key) ?? []), d]);
  }
  const own = (key: DeptKey): HospitalDepartment[] => {
    const exact = direct.get(key);
    if (exact && exact.length > 0) return exact;
    const combined = byKey.get(key)?.combined ?? [];
    return clinical.filter((d) => combined.includes(clean(d.name)));
  };
  const table: RouteTable = new Map();
  for (const c of canonicalDepartments) {
    const mine = own(c.key);
    if (mine.length > 0) {
      table.set(
        c.key,
        mine.map((department) => ({ department, factor: 1, note: null })),
      );
      continue;
    }
    const routes: Route[] = [];
    for (const fallback of c.fallbacks) {
      for (const department of own(fallback)) {
        if (routes.some((r) => r.department.id === department.id)) continue;
        const factor = FALLBACK_FACTORS[Math.min(routes.length, FALLBACK_FACTORS.length - 1)];
        routes.push({ department, factor, note: `本院未单设${c.label}，由${department.name}接诊` });
      }
    }
    if (routes.length > 0) table.set(c.key, routes);
  }
  return table;
}

/** The hospital's emergency department, if it has one. */
export function emergencyDepartment(table: RouteTable): HospitalDepartment | null {
  const routes = table.get('emergency');
  return routes && routes[0].factor === 1 ? routes[0].department : null;
}
