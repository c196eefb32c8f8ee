import { startLocalSystem, type LocalSystem } from '../support/local-system';
import type { DepartmentSummary, DoctorSummary, HospitalSummary } from '../../miniprogram/shared/dto/content';

const ZZ = 'h-zzcentral';
let sys: LocalSystem;

beforeAll(async () => {
  sys = await startLocalSystem();
});

async function departments(hospitalId = ZZ): Promise<DepartmentSummary[]> {
  return (await sys.ok<{ departments: DepartmentSummary[] }>('content', null, { action: 'listDepartments', hospitalId })).departments;
}

describe('content: the contract of the README', () => {
  it('listHospitals answers hospitals with id, name and level, the tier-3 one first', async () => {
    const { hospitals } = await sys.ok<{ hospitals: HospitalSummary[] }>('content', null, { action: 'listHospitals' });
    expect(hospitals.length).toBe(2);
    expect(hospitals[0]).toMatchObject({ id: ZZ, level: 'grade3a' });
    for (const h of hospitals) {
      expect(typeof h.name).toBe('string');
      expect(h.name.length).toBeGreaterThan(3);
    }
    expect(hospitals[1].level).toMatch(/^grade2/);
  });

  it('listDepartments answers at least 20 departments in categories, including the required ones', async () => {
    const list = await departments();
    expect(list.length).toBeGreaterThanOrEqual(20);
    const names = list.map((d) => d.name);
    for (const n of ['心血管内科', '消化内科', '呼吸内科', '神经内科', '内分泌科', '肾内科', '感染科', '血液科', '风湿免疫科', '急诊科']) {
      expect(names).toContain(n);
    }
    for (const d of list) expect(Object.keys(d)).toEqual(expect.arrayContaining(['id', 'name', 'category']));
    const categories = new Set(list.map((d) => d.category));
    for (const c of ['internal', 'surgery', 'obgyn', 'pediatrics', 'ent', 'dermatology', 'tcm', 'medtech']) expect(categories).toContain(c);
  });

  it('listDoctors answers at least 60 doctors with id, name, title and departmentId, and filters by department', async () => {
    const { doctors } = await sys.ok<{ doctors: DoctorSummary[] }>('content', null, { action: 'listDoctors', hospitalId: ZZ });
    expect(doctors.length).toBeGreaterThanOrEqual(60);
    for (const d of doctors)
      expect(d).toEqual(
        expect.objectContaining({ id: expect.any(String), name: expect.any(String), title: expect.any(String), departmentId: expect.any(String) }),
      );
    const cardio = (await departments()).find((d) => d.name === '心血管内科')!;
    const filtered = await sys.ok<{ doctors: DoctorSummary[] }>('content', null, { action: 'listDoctors', hospitalId: ZZ, departmentId: cardio.id });
    expect(filtered.doctors.length).toBeGreaterThanOrEqual(2);
    expect(filtered.doctors.every((d) => d.departmentId === cardio.id && d.departmentName === '心血管内科')).toBe(true);
  });

  it('the county hospital is smaller', async () => {
    const { hospitals } = await sys.ok<{ hospitals: HospitalSummary[] }>('content', null, { action: 'listHospitals' });
    const county = hospitals[1].id;
    const list = await departments(county);
    expect(list.length).toBeGreaterThan(5);
    expect(list.length).toBeLessThan((await departments()).length);
  });
});

describe('content: profiles and information', () => {
  it('getHospital answers the profile with counts and phones', async () => {
    const { hospital } = await sys.ok<{ hospital: Record<string, unknown> }>('content', null, { action: 'getHospital', hospitalId: ZZ });
    expect(hospital).toMatchObject({ id: ZZ, levelLabel: '三级甲等' });
    expect(String(hospital.intro).length).toBeGreaterThan(100);
    expect(hospital.departmentCount).toBeGreaterThanOrEqual(20);
    expect(hospital.doctorCount).toBeGreaterThanOrEqual(60);
    expect((hospital.phones as unknown[]).length).toBeGreaterThan(2);
  });

  it('getDepartment answers the detail with its doctors; getDoctor the profile with hospital and location', async () => {
    const cardio = (await departments()).find((d) => d.name === '心血管内科')!;
    const { department, doctors } = await sys.ok<{ department: Record<string, unknown>; doctors: DoctorSummary[] }>('content', null, {
      action: 'getDepartment',
      departmentId: cardio.id,
    });
    expect(department).toMatchObject({ id: cardio.id, name: '心血管内科', categoryLabel: '内科' });
    expect(String(department.location).length).toBeGreaterThan(2);
    const { doctor } = await sys.ok<{ doctor: Record<string, unknown> }>('content', null, { action: 'getDoctor', doctorId: doctors[0].id });
    expect(doctor).toMatchObject({ id: doctors[0].id, departmentName: '心血管内科', departmentLocation: department.location });
    expect(doctor.titleLabel).toMatch(/医师$/);
  });

  it('getDirections, listPhones and getGuide answer the hospital information', async () => {
    const { directions } = await sys.ok<{ directions: Record<string, unknown> }>('content', null, { action: 'getDirections', hospitalId: ZZ });
    expect(directions.latitude).toBeGreaterThan(30);
    expect(directions.longitude).toBeGreaterThan(110);
    expect((directions.transit as string[]).length).toBeGreaterThan(0);
    const { phoneBook } = await sys.ok<{ phoneBook: { hospitalPhones: unknown[]; departments: unknown[] } }>('content', null, {
      action: 'listPhones',
      hospitalId: ZZ,
    });
    expect(phoneBook.hospitalPhones.length).toBeGreaterThan(2);
    expect(phoneBook.departments.length).toBeGreaterThan(10);
    const guide = await sys.ok<{ sections: Array<{ id: string; steps: string[] }> }>('content', null, { action: 'getGuide', hospitalId: ZZ });
    expect(guide.sections.length).toBeGreaterThanOrEqual(6);
    expect(guide.sections.find((s) => s.id === 'first-visit')!.steps.length).toBeGreaterThan(2);
  });

  it('unknown ids answer NOT_FOUND', async () => {
    for (const event of [
      { action: 'getHospital', hospitalId: 'h-none' },
      { action: 'getDepartment', departmentId: 'd-none' },
      { action: 'getDoctor', doctorId: 'doc-none' },
      { action: 'listDoctors', hospitalId: ZZ, departmentId: 'd-none' },
      { action: 'getArticle', articleId: 'art-none' },
    ]) {
      const res = await sys.call('content', null, event);
      expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('a department of another hospital is not one of this hospital', async () => {
    const { hospitals } = await sys.ok<{ hospitals: HospitalSummary[] }>('content', null, { action: 'listHospitals' });
    const countyDept = (await departments(hospitals[1].id))[0];
    const res = await sys.call('content', null, { action: 'listDoctors', hospitalId: ZZ, departmentId: countyDept.id });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('content: health education', () => {
  it('lists only published articles, newest first, in pages', async () => {
    const first = await sys.ok<{ items: Array<{ id: string; status: string; publishedAt: number }>; total: number; hasMore: boolean }>('content', null, {
      action: 'listArticles',
      hospitalId: ZZ,
      page: 1,
      pageSize: 5,
    });
    expect(first.total).toBeGreaterThanOrEqual(10);
    expect(first.items).toHaveLength(5);
    expect(first.hasMore).toBe(true);
    expect(first.items.every((a) => a.status === 'published')).toBe(true);
    const times = first.items.map((a) => a.publishedAt);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const second = await sys.ok<{ items: Array<{ id: string }> }>('content', null, { action: 'listArticles', hospitalId: ZZ, page: 2, pageSize: 5 });
    expect(second.items.map((a) => a.id)).not.toEqual(expect.arrayContaining(first.items.map((a) => a.id)));
  });

  it('filters by column and answers the detail as blocks', async () => {
    const { columns } = await sys.ok<{ columns: Array<{ id: string }> }>('content', null, { action: 'listColumns', hospitalId: ZZ });
    expect(columns.length).toBeGreaterThanOrEqual(4);
    const all = await sys.ok<{ items: Array<{ id: string; columnId: string }> }>('content', null, { action: 'listArticles', hospitalId: ZZ, pageSize: 20 });
    const column = all.items[0].columnId;
    const some = await sys.ok<{ items: Array<{ columnId: string }> }>('content', null, { action: 'listArticles', hospitalId: ZZ, columnId: column });
    expect(some.items.length).toBeGreaterThan(0);
    expect(some.items.every((a) => a.columnId === column)).toBe(true);
    const { article } = await sys.ok<{ article: { blocks: Array<{ type: string }> } }>('content', null, { action: 'getArticle', articleId: all.items[0].id });
    expect(article.blocks.filter((b) => b.type === 'paragraph').length).toBeGreaterThan(2);
  });
});
