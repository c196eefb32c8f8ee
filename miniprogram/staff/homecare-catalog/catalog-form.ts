/**
 * The home-nursing catalogue as the coordinators edit it: one row per low-risk service with its
 * service and travel fee in yuan and whether the hospital offers it (backend/handlers/homecare/catalog.ts:
 * ¥0–¥2,000 service, ¥0–¥500 travel).
 */
import type { HomecareServiceCode, StaffCatalogItem } from '../../shared/dto/homecare';
import { feeFenOf, yuanOf } from '../common/schedule-rules';

export interface CatalogRow {
  code: HomecareServiceCode;
  name: string;
  feeText: string;
  orderText: string;
  service: string;
  travel: string;
  active: boolean;
  error: string;
}

export function catalogRows(services: readonly StaffCatalogItem[]): CatalogRow[] {
  return services.map((s) => ({
    code: s.code,
    name: s.name,
    feeText: s.active ? s.feeText : `${s.feeText} · 暂不提供`,
    orderText: s.needsOrder ? '需上传医嘱' : '',
    service: yuanOf(s.serviceFen),
    travel: yuanOf(s.travelFen),
    active: s.active,
    error: '',
  }));
}

/** What saveService takes for the row, or why not. */
export function serviceInput(
  row: CatalogRow,
): { ok: true; value: { code: HomecareServiceCode; serviceFen: number; travelFen: number; active: boolean } } | { ok: false; error: string } {
  const service = feeFenOf(row.service, '服务费');
  if (!service.ok) return service;
  const travel = feeFenOf(row.travel, '上门费');
  if (!travel.ok) return travel;
  if (service.value > 200_000) return { ok: false, error: '服务费不能超过2000元' };
  if (travel.value > 50_000) return { ok: false, error: '上门费不能超过500元' };
  return { ok: true, value: { code: row.code, serviceFen: service.value, travelFen: travel.value, active: row.active } };
}
