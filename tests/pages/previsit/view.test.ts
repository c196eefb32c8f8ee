import { mapEnvelope } from '../../../miniprogram/stores/remote';
import type { DepartmentCategoryGroup, DepartmentSummary, Directions, DoctorSummary } from '../../../miniprogram/shared/dto/content';
import type { Envelope } from '../../../miniprogram/shared/envelope';
import {
  ALL_DEPARTMENTS,
  departmentOptions,
  doctorCards,
  filterDoctors,
  guideSections,
  hospitalMarkers,
  matchesQuery,
  normalizeQuery,
  openSections,
  paragraphsOf,
  searchDepartments,
  surnameOf,
} from '../../../miniprogram/previsit/common/view';

function department(id: string, name: string, category: DepartmentSummary['category'], categoryLabel: string): DepartmentSummary {
  return { id, hospitalId: 'h', name, category, categoryLabel, location: `${name}诊区` };
}

function doctor(id: string, name: string, departmentId: string, departmentName: string, specialties: string): DoctorSummary {
  return { id, hospitalId: 'h', departmentId, departmentName, name, title: 'chief', titleLabel: '主任医师', specialties, avatar: '' };
}

const cardio = department('d-cardio', '心血管内科', 'internal', '内科');
const gastro = department('d-gastro', '消化内科', 'internal', '内科');
const gensurg = department('d-gensurg', '普通外科', 'surgery', '外科');
const neurosurg = department('d-neurosurg', '神经外科', 'surgery', '外科');
const categories: DepartmentCategoryGroup[] = [
  { category: 'internal', label: '内科', departments: [cardio, gastro] },
  { category: 'surgery', label: '外科', departments: [gensurg, neurosurg] },
];

const doctors = [
  doctor('1', '陈立民', 'd-cardio', '心血管内科', '冠心病介入诊疗'),
  doctor('2', '牛振华', 'd-cardio', '心血管内科', '房颤射频消融及起搏器植入'),
  doctor('3', '范红梅', 'd-gastro', '消化内科', '消化道早癌内镜筛查'),
  doctor('4', 'Anna Lee', 'd-gensurg', '普通外科', 'Hernia repair'),
];

describe('paragraphsOf', () => {
  it('splits by newline and drops blank lines and surrounding spaces', () => {
    expect(paragraphsOf('第一段。\n\n  第二段。 \r\n第三段。\n')).toEqual(['第一段。', '第二段。', '第三段。']);
  });
  it('gives nothing for an empty or blank text', () => {
    expect(paragraphsOf('')).toEqual([]);
    expect(paragraphsOf(' \n \n')).toEqual([]);
  });
});

describe('surnameOf', () => {
  it('is the first character of the name', () => {
    expect(surnameOf('陈立民')).toBe('陈');
    expect(surnameOf('  郜雅琴')).toBe('郜');
    expect(surnameOf('Anna Lee')).toBe('A');
  });
  it('keeps a character outside the basic plane whole', () => {
    expect(surnameOf('𠮷野家')).toBe('𠮷');
  });
  it('is empty for an empty name', () => {
    expect(surnameOf('')).toBe('');
    expect(surnameOf('   ')).toBe('');
  });
});

describe('matchesQuery', () => {
  it('normalizes the query', () => {
    expect(normalizeQuery('  Hernia ')).toBe('hernia');
  });
  it('matches everything with an empty query', () => {
    expect(matchesQuery('', ['x'])).toBe(true);
    expect(matchesQuery('   ', [])).toBe(true);
  });
  it('matches a part of any text, ignoring case', () => {
    expect(matchesQuery('内镜', ['范红梅', '消化道早癌内镜筛查'])).toBe(true);
    expect(matchesQuery('HERNIA', ['Hernia repair'])).toBe(true);
    expect(matchesQuery('骨科', ['范红梅', '消化道早癌内镜筛查'])).toBe(false);
  });
});

describe('searchDepartments', () => {
  it('finds departments by name across categories, in category order', () => {
    expect(searchDepartments(categories, '外科').map((d) => d.id)).toEqual(['d-gensurg', 'd-neurosurg']);
    expect(searchDepartments(categories, ' 内科').map((d) => d.id)).toEqual(['d-cardio', 'd-gastro']);
  });
  it('does not match the category label or the location', () => {
    expect(searchDepartments(categories, '诊区')).toEqual([]);
  });
  it('lists a department in two categories once', () => {
    const twice: DepartmentCategoryGroup[] = [...categories, { category: 'other', label: '其他科室', departments: [cardio] }];
    expect(searchDepartments(twice, '心血管').map((d) => d.id)).toEqual(['d-cardio']);
  });
  it('gives nothing for an empty query', () => {
    expect(searchDepartments(categories, '  ')).toEqual([]);
  });
});

describe('doctors', () => {
  it('adds the surname initial to each doctor', () => {
    const cards = doctorCards(doctors);
    expect(cards.map((c) => c.initial)).toEqual(['陈', '牛', '范', 'A']);
    expect(cards[0]).toMatchObject(doctors[0]);
  });
  it('offers 全部科室 and each department once, in list order', () => {
    expect(departmentOptions(doctors)).toEqual([
      { text: '全部科室', value: ALL_DEPARTMENTS },
      { text: '心血管内科', value: 'd-cardio' },
      { text: '消化内科', value: 'd-gastro' },
      { text: '普通外科', value: 'd-gensurg' },
    ]);
    expect(departmentOptions([])).toEqual([{ text: '全部科室', value: ALL_DEPARTMENTS }]);
  });
  it('filters by department, by name and by specialty', () => {
    const ids = (dept: string, q: string) => filterDoctors(doctors, dept, q).map((d) => d.id);
    expect(ids(ALL_DEPARTMENTS, '')).toEqual(['1', '2', '3', '4']);
    expect(ids('d-cardio', '')).toEqual(['1', '2']);
    expect(ids(ALL_DEPARTMENTS, '范红梅')).toEqual(['3']);
    expect(ids(ALL_DEPARTMENTS, '射频')).toEqual(['2']);
    expect(ids('d-gastro', '射频')).toEqual([]);
    expect(ids(ALL_DEPARTMENTS, 'hernia')).toEqual(['4']);
  });
});

describe('guide', () => {
  const sections = guideSections([
    { id: 'first-visit', title: '初诊流程', paragraphs: ['先建档。'], steps: ['建档', '预约'] },
    { id: 'insurance', title: '医保就医', paragraphs: ['医保说明。'], steps: [] },
  ]);
  it('turns each step into a van-steps item', () => {
    expect(sections[0].steps).toEqual([
      { text: '建档', desc: '' },
      { text: '预约', desc: '' },
    ]);
    expect(sections[1]).toEqual({ id: 'insurance', title: '医保就医', paragraphs: ['医保说明。'], steps: [] });
  });
  it('opens the requested section, else the first, else none', () => {
    expect(openSections(sections, 'insurance')).toEqual(['insurance']);
    expect(openSections(sections, 'missing')).toEqual(['first-visit']);
    expect(openSections(sections, '')).toEqual(['first-visit']);
    expect(openSections([], 'insurance')).toEqual([]);
  });
});

describe('hospitalMarkers', () => {
  it('puts one marker named after the hospital at its coordinates', () => {
    const d: Directions = {
      hospitalId: 'h',
      name: '郑州康宁医院',
      address: '康宁街18号',
      latitude: 34.7803,
      longitude: 113.6904,
      transit: [],
      parking: '',
      hours: '',
    };
    const [marker, ...rest] = hospitalMarkers(d, '/previsit/directions/pin.png');
    expect(rest).toEqual([]);
    expect(marker).toMatchObject({ latitude: 34.7803, longitude: 113.6904, title: '郑州康宁医院', iconPath: '/previsit/directions/pin.png' });
    expect(marker.callout.content).toBe('郑州康宁医院');
  });
});

describe('mapEnvelope', () => {
  it('maps the data of a success and passes an error through', () => {
    const ok: Envelope<number> = { ok: true, data: 2 };
    const failed: Envelope<number> = { ok: false, error: { code: 'NETWORK', message: '网络不太好，请稍后重试' } };
    expect(mapEnvelope(ok, (n) => n * 10)).toEqual({ ok: true, data: 20 });
    expect(mapEnvelope(failed, (n: number) => n * 10)).toBe(failed);
  });
});
