/**
 * Loads a page's data for the hospital chosen in the session: loads the hospital list first when
 * it is not ready, and turns a failed list or a missing choice into the page's error or empty view.
 */
import { when } from 'mobx-miniprogram';
import { fetchView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import type { Envelope } from '../../shared/envelope';

export async function fetchHospitalView<T>(
  run: (hospitalId: string) => Promise<Envelope<T>>,
  isEmpty: (data: T) => boolean = () => false,
): Promise<View<T>> {
  if (session.hospitalsStatus === 'loading') await when(() => session.hospitalsStatus !== 'loading');
  if (session.hospitalsStatus !== 'ready') await session.loadHospitals();
  if (session.hospitalsStatus !== 'ready') return { status: 'error', data: null, error: session.hospitalsError };
  if (!session.hospitalId) return { status: 'empty', data: null, error: '' };
  const hospitalId = session.hospitalId;
  return fetchView(() => run(hospitalId), isEmpty);
}
