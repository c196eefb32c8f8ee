/** Canonical departments to a hospital's own ones, with fallbacks (肝病科 → 感染科 or 消化内科 …). */
import { assess, type HospitalDepartment } from '../../backend/domain/triage/assess';
import { emergencyDepartment, routeTable } from '../../backend/domain/triage/hospital-map';
import type { DeptKey } from '../../backend/domain/triage/types';
import { departments } from '../../backend/dev-server/seed/content/departments';
import type { DepartmentCategory } from '../../miniprogram/shared/enums';

const of = (hospitalId: string): HospitalDepartment[] =>
  departments.filter((d) => d.hospitalId === hospitalId).map((d) => ({ id: d._id, name: d.name, category: d.category, location: d.location, phone: d.phone }));
const tier3 = of('h-zzcentral');
const county = of('h-xinyang-county');

const names = (table: ReturnType<typeof routeTable>, key: DeptKey): Array<[string, number]> => (table.get(key) ?? []).map((r) => [r.department.name, r.factor]);

const dept = (id: string, name: string, category: DepartmentCategory): HospitalDepartment => ({ id, name, category, location: '1楼', phone: '' });

describe('the demo tier-3 hospital', () => {
  const table = routeTable(tier3);

  it('maps specialties it has to themselves', () => {
    expect(names(table, 'cardiology')).toEqual([['心血管内科', 1]]);
    expect(names(table, 'psychology')).toEqual([['医学心理科', 1]]);
    expect(names(table, 'neonatology')).toEqual([['新生儿科', 1]]);
    expect(names(table, 'pediatrics')).toEqual([['儿科', 1]]);
    expect(names(table, 'neurosurgery')).toEqual([['神经外科', 1]]);
  });

  it('maps specialties it lacks to the nearest it has', () => {
    expect(names(table, 'hepatology')).toEqual([
      ['感染科', 0.9],
      ['消化内科', 0.5],
    ]);
    expect(names(table, 'andrology')).toEqual([['泌尿外科', 0.9]]);
    expect(names(table, 'pediatric_surgery')).toEqual([
      ['儿科', 0.9],
      ['普通外科', 0.5],
    ]);
    expect(names(table, 'breast_surgery')).toEqual([
      ['普通外科', 0.9],
      ['妇科', 0.5],
    ]);
    expect(names(table, 'anorectal')).toEqual([['普通外科', 0.9]]);
    expect(table.get('hepatology')?.[0].note).toBe('本院未单设肝病科，由感染科接诊');
  });

  it('never suggests medical-technology departments', () => {
    const suggested = new Set([...table.values()].flat().map((r) => r.department.name));
    for (const n of ['放射科', '超声科', '检验科']) expect(suggested.has(n)).toBe(false);
  });

  it('knows its emergency department', () => {
    expect(emergencyDepartment(table)?.name).toBe('急诊科');
  });
});

describe('the county hospital', () => {
  const table = routeTable(county);

  it('maps subspecialties to its combined departments', () => {
    expect(names(table, 'cardiology')).toEqual([['内科', 1]]);
    expect(names(table, 'hepatology')).toEqual([['内科', 0.9]]);
    expect(names(table, 'urology')).toEqual([['外科', 1]]);
    expect(names(table, 'andrology')).toEqual([['外科', 0.9]]);
    expect(names(table, 'gynecology')).toEqual([['妇产科', 1]]);
    expect(names(table, 'obstetrics')).toEqual([['妇产科', 1]]);
    expect(names(table, 'ent')).toEqual([['眼耳鼻喉科', 1]]);
    expect(names(table, 'ophthalmology')).toEqual([['眼耳鼻喉科', 1]]);
    expect(names(table, 'neonatology')).toEqual([['儿科', 1]]);
    expect(names(table, 'pediatric_surgery')).toEqual([
      ['儿科', 0.9],
      ['外科', 0.5],
    ]);
    expect(names(table, 'dermatology')).toEqual([
      ['内科', 0.9],
      ['中医科', 0.5],
    ]);
    expect(names(table, 'psychology')).toEqual([['内科', 0.9]]);
  });

  it('answers with its own departments', () => {
    const ids = new Set(county.map((d) => d.id));
    for (const text of ['胸口闷，心慌', '脸上长痘痘', '小便疼，尿频', '怀孕20周来产检', '眼睛红', '心情低落，睡不着']) {
      const r = assess({ text }, county);
      expect(r.departments.length).toBeGreaterThan(0);
      for (const d of r.departments) expect(ids.has(d.departmentId)).toBe(true);
    }
    expect(assess({ text: '胸口闷，心慌' }, county).departments[0].name).toBe('内科');
    expect(assess({ text: '小便疼，尿频' }, county).departments[0].name).toBe('外科');
    expect(assess({ text: '怀孕20周来产检' }, county).departments[0].name).toBe('妇产科');
  });
});

describe('other hospitals', () => {
  it('uses a 肝病科, 男科 or 小儿外科 when the hospital has one', () => {
    const table = routeTable([
      dept('a', '肝病科', 'internal'),
      dept('b', '感染科', 'internal'),
      dept('c', '男科', 'surgery'),
      dept('d', '小儿外科', 'pediatrics'),
      dept('e', '儿科', 'pediatrics'),
    ]);
    expect(names(table, 'hepatology')).toEqual([['肝病科', 1]]);
    expect(names(table, 'andrology')).toEqual([['男科', 1]]);
    expect(names(table, 'pediatric_surgery')).toEqual([['小儿外科', 1]]);
    expect(names(table, 'pediatrics')).toEqual([['儿科', 1]]);
  });

  it('reads names with a 门诊 suffix or extra words', () => {
    const table = routeTable([dept('a', '心内科门诊', 'internal'), dept('b', '呼吸与危重症医学科', 'internal')]);
    expect(names(table, 'cardiology')).toEqual([['心内科门诊', 1]]);
    expect(names(table, 'respiratory')).toEqual([['呼吸与危重症医学科', 1]]);
  });

  it('a hospital without an emergency department still raises the alarm and says to call 120', () => {
    const r = assess({ text: '胸口疼，出冷汗' }, [dept('a', '内科', 'internal')]);
    expect(r.emergency).toBe(true);
    expect(r.emergencyDepartment).toBeNull();
    expect(r.advice).toContain('120');
    expect(r.departments[0].name).toBe('内科');
  });
});
