/** The demo hospitals' maps, one `navigation` document each (backend/domain/navigation/docs.ts). */
import type { NavigationDoc } from '../../../domain/navigation/docs';
import { xinyangMap } from './xinyang';
import { zzcentralMap } from './zzcentral';

const SEEDED_AT = 1764000000000;

export const navigationMaps: NavigationDoc[] = [zzcentralMap, xinyangMap].map((map) => ({
  _id: `nav-${map.hospitalId}`,
  hospitalId: map.hospitalId,
  map,
  payBeforeExam: true,
  updatedAt: SEEDED_AT,
  updatedBy: 'seed',
}));
