/**
 * The home-nursing catalogue (互联网+护理服务试点: low-risk, common services). A hospital's own
 * entries (`homecareServices`) override these defaults by code; fees are fen, the travel fee apart
 * because it is kept once the nurse has left.
 */
import type { HomecareServiceCode } from '../../../miniprogram/shared/dto/homecare';

export interface CatalogEntry {
  code: HomecareServiceCode;
  name: string;
  serviceFen: number;
  travelFen: number;
  /** Needs a doctor's order (医嘱) uploaded with the request. */
  needsOrder: boolean;
  active: boolean;
}

export const DEFAULT_CATALOG: readonly CatalogEntry[] = [
  { code: 'injection', name: '注射（肌内、皮下）', serviceFen: 5000, travelFen: 3000, needsOrder: true, active: true },
  { code: 'dressing', name: '伤口换药', serviceFen: 8000, travelFen: 3000, needsOrder: false, active: true },
  { code: 'catheter', name: '导尿管护理与更换', serviceFen: 12000, travelFen: 3000, needsOrder: true, active: true },
  { code: 'picc', name: 'PICC导管维护', serviceFen: 15000, travelFen: 3000, needsOrder: true, active: true },
  { code: 'pressure_ulcer', name: '压疮护理', serviceFen: 10000, travelFen: 3000, needsOrder: false, active: true },
  { code: 'blood_draw', name: '上门采血', serviceFen: 4000, travelFen: 3000, needsOrder: true, active: true },
  { code: 'rehab_guidance', name: '康复指导', serviceFen: 8000, travelFen: 3000, needsOrder: false, active: true },
];

/** The hospital's catalogue: its own entries by code over the defaults. */
export function catalogOf(own: readonly CatalogEntry[]): CatalogEntry[] {
  const byCode = new Map(DEFAULT_CATALOG.map((e) => [e.code, e]));
  for (const e of own) byCode.set(e.code, e);
  return [...byCode.values()];
}
