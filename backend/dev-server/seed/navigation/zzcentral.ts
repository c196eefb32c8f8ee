/**
 * The demo map of 郑州康宁医院 (fictional), laid out as backend/dev-server/seed/content/departments.ts
 * describes it: 门诊楼 1–8楼 (1楼 挂号收费、药房、采血), 医技楼 (影像、超声), 妇儿楼, 感染楼,
 * 急诊楼, 康复楼 and 健康管理中心, joined by outdoor paths. Site metres: x east, y south.
 */
import { buildMap, oneFloor, type PlaceSpec } from './builder';

type Area = [level: number, area: 'A' | 'B' | 'C', departmentId: string];

const areaAt = { A: 30, B: 60, C: 90 };
const outpatientAreas: Area[] = [
  [2, 'A', 'd-zz-cardio'],
  [2, 'B', 'd-zz-resp'],
  [2, 'C', 'd-zz-gastro'],
  [3, 'A', 'd-zz-neuro'],
  [3, 'B', 'd-zz-endo'],
  [3, 'C', 'd-zz-nephro'],
  [4, 'A', 'd-zz-hema'],
  [4, 'B', 'd-zz-rheum'],
  [4, 'C', 'd-zz-geri'],
  [5, 'A', 'd-zz-gensurg'],
  [5, 'B', 'd-zz-ortho'],
  [5, 'C', 'd-zz-uro'],
  [6, 'A', 'd-zz-neurosurg'],
  [6, 'B', 'd-zz-thoracic'],
  [6, 'C', 'd-zz-derm'],
  [7, 'A', 'd-zz-tcm'],
  [7, 'B', 'd-zz-psych'],
  [8, 'A', 'd-zz-ophth'],
  [8, 'B', 'd-zz-ent'],
  [8, 'C', 'd-zz-dental'],
];

function outpatientFloor(level: number): PlaceSpec[] {
  const areas: PlaceSpec[] = outpatientAreas
    .filter(([l]) => l === level)
    .map(([, area, departmentId]) => ({
      id: `zz-op-${level}${area.toLowerCase()}`,
      kind: 'department',
      name: `门诊楼${level}楼${area}区`,
      at: areaAt[area],
      side: 'n',
      departmentIds: [departmentId],
    }));
  const common: PlaceSpec[] = [{ id: `zz-op-${level}-toilet`, kind: 'toilet', name: `门诊楼${level}楼卫生间`, at: 110, side: 's' }];
  if (level >= 2) common.push({ id: `zz-op-${level}-kiosk`, kind: 'kiosk', name: `门诊楼${level}楼自助机`, at: 45, side: 's' });
  return [...areas, ...common];
}

export const zzcentralMap = buildMap({
  hospitalId: 'h-zzcentral',
  buildings: [
    {
      id: 'zz-op',
      name: '门诊楼',
      x: 0,
      y: 0,
      width: 120,
      depth: 40,
      levels: 8,
      places: [
        {
          level: 1,
          places: [
            { id: 'zz-pharmacy', kind: 'pharmacy', name: '门诊楼1楼药房', at: 20, side: 'n' },
            { id: 'zz-cashier', kind: 'cashier', name: '门诊楼1楼挂号收费处', at: 40, side: 's' },
            { id: 'zz-op-1-kiosk', kind: 'kiosk', name: '门诊楼1楼自助机', at: 20, side: 's' },
            { id: 'zz-info', kind: 'info', name: '门诊楼1楼服务台', at: 72, side: 's' },
            { id: 'zz-lab', kind: 'lab', name: '门诊楼1楼B区（采血中心）', at: 90, side: 'n', departmentIds: ['d-zz-lab'] },
            { id: 'zz-ecg', kind: 'exam_room', name: '门诊楼1楼心电图室', at: 100, side: 's', examTypes: ['ecg'] },
            { id: 'zz-op-1-toilet', kind: 'toilet', name: '门诊楼1楼卫生间', at: 110, side: 'n' },
          ],
        },
        ...[2, 3, 5, 6, 7, 8].map((level) => ({ level, places: outpatientFloor(level) })),
        {
          level: 4,
          places: [
            ...outpatientFloor(4),
            {
              id: 'zz-endoscopy',
              kind: 'exam_room',
              name: '门诊楼4楼内镜中心',
              at: 100,
              side: 's',
              resourceIds: ['res-zz-gastroscopy'],
              examTypes: ['gastroscopy'],
            },
          ],
        },
      ],
      lifts: [55],
      stairs: [5, 115],
      escalator: { at: 72, from: 1, to: 4 },
      entrances: [
        { id: 'zz-gate-main', name: '门诊楼正门', dx: 60, dy: 40, main: true },
        { id: 'zz-gate-op-north', name: '门诊楼北门', dx: 100, dy: 0 },
        { id: 'zz-gate-op-east', name: '门诊楼东门', dx: 120, dy: 20 },
      ],
    },
    {
      id: 'zz-tech',
      name: '医技楼',
      x: 140,
      y: 0,
      width: 60,
      depth: 40,
      levels: 2,
      places: [
        {
          level: 1,
          places: [
            { id: 'zz-tech-1a', kind: 'department', name: '医技楼1楼A区', at: 20, side: 'n', departmentIds: ['d-zz-radio'] },
            { id: 'zz-ct', kind: 'exam_room', name: '医技楼1楼CT室', at: 30, side: 's', resourceIds: ['res-zz-ct'], examTypes: ['ct'] },
            { id: 'zz-mri', kind: 'exam_room', name: '医技楼1楼磁共振室', at: 45, side: 's', resourceIds: ['res-zz-mri'], examTypes: ['mri'] },
            { id: 'zz-tech-1-toilet', kind: 'toilet', name: '医技楼1楼卫生间', at: 50, side: 'n' },
          ],
        },
        {
          level: 2,
          places: [
            { id: 'zz-tech-2a', kind: 'department', name: '医技楼2楼A区', at: 20, side: 'n', departmentIds: ['d-zz-ultra'] },
            {
              id: 'zz-ultrasound',
              kind: 'exam_room',
              name: '医技楼2楼超声科',
              at: 35,
              side: 's',
              resourceIds: ['res-zz-us-abd', 'res-zz-us-pelvic'],
              examTypes: ['ultrasound_abdomen', 'ultrasound_pelvic'],
            },
          ],
        },
      ],
      lifts: [10],
      stairs: [55],
      entrances: [
        { id: 'zz-gate-tech-west', name: '医技楼西门', dx: 0, dy: 20 },
        { id: 'zz-gate-tech-south', name: '医技楼南门', dx: 30, dy: 40 },
      ],
    },
    {
      id: 'zz-fc',
      name: '妇儿楼',
      x: 0,
      y: 70,
      width: 60,
      depth: 30,
      levels: 4,
      places: [
        { level: 1, places: [{ id: 'zz-fc-1a', kind: 'department', name: '妇儿楼1楼A区', at: 20, side: 's', departmentIds: ['d-zz-peds'] }] },
        { level: 2, places: [{ id: 'zz-fc-2a', kind: 'department', name: '妇儿楼2楼A区', at: 20, side: 's', departmentIds: ['d-zz-gyn'] }] },
        { level: 3, places: [{ id: 'zz-fc-3a', kind: 'department', name: '妇儿楼3楼A区', at: 20, side: 's', departmentIds: ['d-zz-obs'] }] },
        { level: 4, places: [{ id: 'zz-fc-4a', kind: 'department', name: '妇儿楼4楼A区', at: 20, side: 's', departmentIds: ['d-zz-neonat'] }] },
      ],
      lifts: [40],
      stairs: [5],
      entrances: [{ id: 'zz-gate-fc', name: '妇儿楼北门', dx: 30, dy: 0 }],
    },
    oneFloor(
      'zz-rehab',
      '康复楼',
      [80, 70, 50, 30],
      [
        { id: 'zz-rehab-1a', kind: 'department', name: '康复楼1楼A区', at: 15, side: 'n', departmentIds: ['d-zz-rehab'] },
        { id: 'zz-physio', kind: 'exam_room', name: '康复楼1楼理疗区', at: 35, side: 's', resourceIds: ['res-zz-rehab'], examTypes: ['rehab_physio'] },
      ],
      { id: 'zz-gate-rehab', name: '康复楼北门', dx: 20, dy: 0 },
    ),
    oneFloor(
      'zz-er',
      '急诊楼',
      [160, 55, 40, 20],
      [{ id: 'zz-er-1', kind: 'department', name: '急诊楼1楼（医院东门）', at: 25, side: 's', departmentIds: ['d-zz-emerg'] }],
      { id: 'zz-gate-er', name: '急诊楼西门', dx: 0, dy: 10 },
    ),
    oneFloor(
      'zz-inf',
      '感染楼',
      [200, 85, 30, 20],
      [{ id: 'zz-inf-1', kind: 'department', name: '感染楼1楼（发热门诊旁）', at: 15, side: 's', departmentIds: ['d-zz-infect'] }],
      { id: 'zz-gate-inf', name: '感染楼北门', dx: 15, dy: 0 },
    ),
    oneFloor(
      'zz-hc',
      '健康管理中心',
      [0, -50, 40, 25],
      [{ id: 'zz-hc-1a', kind: 'department', name: '健康管理中心1楼A区（医院北门）', at: 20, side: 'n', departmentIds: ['d-zz-checkup'] }],
      { id: 'zz-gate-hc', name: '健康管理中心南门', dx: 20, dy: 25 },
    ),
  ],
  paths: [
    { id: 'zz-path-plaza', name: '门诊楼前广场', x: 60, y: 52 },
    { id: 'zz-path-south', name: '康复楼前道路', x: 105, y: 52 },
    { id: 'zz-path-east', name: '医技楼前道路', x: 150, y: 48 },
    { id: 'zz-path-far-east', name: '东侧道路', x: 215, y: 48 },
    { id: 'zz-path-north', name: '门诊楼北侧道路', x: 100, y: -12 },
    { id: 'zz-path-north-west', name: '北门广场', x: 20, y: -12 },
  ],
  links: [
    ['zz-gate-main', 'zz-path-plaza'],
    ['zz-path-plaza', 'zz-gate-fc'],
    ['zz-path-plaza', 'zz-path-south'],
    ['zz-path-south', 'zz-gate-rehab'],
    ['zz-path-south', 'zz-path-east'],
    ['zz-path-east', 'zz-gate-tech-south'],
    ['zz-path-east', 'zz-gate-er'],
    ['zz-path-east', 'zz-path-far-east'],
    ['zz-path-far-east', 'zz-gate-inf'],
    ['zz-gate-op-east', 'zz-gate-tech-west'],
    ['zz-gate-op-north', 'zz-path-north'],
    ['zz-path-north', 'zz-path-north-west'],
    ['zz-path-north-west', 'zz-gate-hc'],
  ],
});
