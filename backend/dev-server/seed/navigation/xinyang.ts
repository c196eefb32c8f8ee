/**
 * The demo map of 光山县康宁医院 (fictional): 门诊楼 1–4楼 (东区、西区、南区), 急诊楼, 医技楼 and
 * 综合楼, as backend/dev-server/seed/content/departments.ts places its departments. Site metres.
 */
import { buildMap, oneFloor, type PlaceSpec } from './builder';

const areaAt = { 西: 15, 南: 40, 东: 65 };
type AreaName = keyof typeof areaAt;

function area(level: number, name: AreaName, departmentId: string, suffix = ''): PlaceSpec {
  return {
    id: `xy-op-${level}-${departmentId}`,
    kind: 'department',
    name: `门诊楼${level}楼${name}区${suffix}`,
    at: areaAt[name],
    side: name === '南' ? 's' : 'n',
    departmentIds: [departmentId],
  };
}

const toilet = (level: number): PlaceSpec => ({ id: `xy-op-${level}-toilet`, kind: 'toilet', name: `门诊楼${level}楼卫生间`, at: 75, side: 's' });

export const xinyangMap = buildMap({
  hospitalId: 'h-xinyang-county',
  buildings: [
    {
      id: 'xy-op',
      name: '门诊楼',
      x: 0,
      y: 0,
      width: 80,
      depth: 30,
      levels: 4,
      places: [
        {
          level: 1,
          places: [
            area(1, '西', 'd-xy-lab'),
            { id: 'xy-cashier', kind: 'cashier', name: '门诊楼1楼收费处', at: 40, side: 'n' },
            { id: 'xy-pharmacy', kind: 'pharmacy', name: '门诊楼1楼药房', at: 57, side: 'n' },
            { id: 'xy-kiosk', kind: 'kiosk', name: '门诊楼1楼自助机', at: 30, side: 's' },
            { id: 'xy-info', kind: 'info', name: '门诊楼1楼服务台', at: 50, side: 's' },
            { id: 'xy-ecg', kind: 'exam_room', name: '门诊楼1楼心电图室', at: 65, side: 's', examTypes: ['ecg'] },
            toilet(1),
          ],
        },
        { level: 2, places: [area(2, '东', 'd-xy-internal'), area(2, '西', 'd-xy-peds'), toilet(2)] },
        { level: 3, places: [area(3, '东', 'd-xy-surgery'), area(3, '西', 'd-xy-ortho'), area(3, '南', 'd-xy-obgyn'), toilet(3)] },
        { level: 4, places: [area(4, '西', 'd-xy-tcm', '（中医馆）'), area(4, '东', 'd-xy-eent'), area(4, '南', 'd-xy-dental'), toilet(4)] },
      ],
      lifts: [48],
      stairs: [3, 77],
      entrances: [
        { id: 'xy-gate-main', name: '门诊楼正门', dx: 40, dy: 30, main: true },
        { id: 'xy-gate-op-east', name: '门诊楼东门', dx: 80, dy: 15 },
      ],
    },
    oneFloor(
      'xy-er',
      '急诊楼',
      [100, 0, 30, 30],
      [{ id: 'xy-er-1', kind: 'department', name: '急诊楼1楼', at: 15, side: 'n', departmentIds: ['d-xy-emerg'] }],
      { id: 'xy-gate-er', name: '急诊楼西门', dx: 0, dy: 15 },
    ),
    oneFloor(
      'xy-tech',
      '医技楼',
      [100, 50, 40, 30],
      [
        {
          id: 'xy-tech-1e',
          kind: 'department',
          name: '医技楼1楼东区',
          at: 30,
          side: 'n',
          departmentIds: ['d-xy-radio'],
          examTypes: ['ct', 'mri', 'ultrasound_abdomen', 'ultrasound_pelvic'],
        },
      ],
      { id: 'xy-gate-tech', name: '医技楼北门', dx: 10, dy: 0 },
    ),
    oneFloor(
      'xy-general',
      '综合楼',
      [0, 60, 50, 30],
      [{ id: 'xy-general-1e', kind: 'department', name: '综合楼1楼东区', at: 40, side: 'n', departmentIds: ['d-xy-rehab'] }],
      { id: 'xy-gate-general', name: '综合楼北门', dx: 20, dy: 0 },
    ),
  ],
  paths: [
    { id: 'xy-path-plaza', name: '门诊楼前广场', x: 40, y: 42 },
    { id: 'xy-path-east', name: '东侧道路', x: 110, y: 42 },
  ],
  links: [
    ['xy-gate-main', 'xy-path-plaza'],
    ['xy-path-plaza', 'xy-gate-general'],
    ['xy-path-plaza', 'xy-path-east'],
    ['xy-path-east', 'xy-gate-tech'],
    ['xy-gate-op-east', 'xy-gate-er'],
  ],
});
