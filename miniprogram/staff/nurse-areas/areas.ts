/** What the nurse-areas page shows: each nurse with every department marked assigned or not. */
export interface AreasData {
  nurses: Array<{ openid: string; name: string; departmentIds: string[] }>;
  departments: Array<{ id: string; name: string; location: string }>;
}

export interface NurseRow {
  openid: string;
  name: string;
  summary: string;
  areas: Array<{ id: string; name: string; on: boolean }>;
}

export function nurseRows(d: AreasData): NurseRow[] {
  return d.nurses.map((n) => {
    const areas = d.departments.map((dep) => ({ id: dep.id, name: dep.name, on: n.departmentIds.includes(dep.id) }));
    const on = areas.filter((a) => a.on).map((a) => a.name);
    return { openid: n.openid, name: n.name, summary: on.length > 0 ? `负责：${on.join('、')}` : '还没有分配诊区', areas };
  });
}

/** The row with one area switched. */
export function toggled(row: NurseRow, departmentId: string): NurseRow {
  return { ...row, areas: row.areas.map((a) => (a.id === departmentId ? { ...a, on: !a.on } : a)) };
}
