/** 医护到家's first page: the hospital's services with fees, and the caller's requests. */
import { api } from '../../api/index';
import type { CatalogItemView, HomecareView } from '../../shared/dto/homecare';
import type { View } from '../../stores/remote';

export interface HomecareHome {
  services: CatalogItemView[];
  requests: HomecareView[];
}

export async function loadHome(hospitalId: string): Promise<View<HomecareHome>> {
  const [services, requests] = await Promise.all([api.homecare.catalog({ hospitalId }), api.homecare.mine()]);
  if (!services.ok) return { status: 'error', data: null, error: services.error.message };
  if (!requests.ok) return { status: 'error', data: null, error: requests.error.message };
  const data = { services: services.data.services, requests: requests.data.requests };
  return { status: data.services.length === 0 ? 'empty' : 'ready', data, error: '' };
}
