/** The coordinator's board: open requests by visit time, and the nurses' safety alerts. */
import { api } from '../../api/index';
import type { SafetyAlertView } from '../../shared/dto/homecare';
import type { HomecareView } from '../../shared/dto/homecare';
import type { Envelope } from '../../shared/envelope';

export interface Board {
  requests: HomecareView[];
  alerts: SafetyAlertView[];
}

export async function loadBoard(hospitalId: string): Promise<Envelope<Board>> {
  const [list, alerts] = await Promise.all([api.homecare.worklist({ hospitalId }), api.homecare.alerts({ hospitalId })]);
  if (!list.ok) return list;
  if (!alerts.ok) return alerts;
  return { ok: true, data: { requests: list.data.requests, alerts: alerts.data.alerts } };
}
