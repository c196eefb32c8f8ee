/**
 * How the pre-visit pages load their data into a `View`: for the hospital chosen in the session
 * (loading the hospital list first when it is not ready), or for one record by id, where a record
 * that does not exist is the empty state rather than an error to retry.
 */
import { when } from 'mobx-miniprogram';
import { fetchView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import type { Envelope } from '../../shared/envelope';
import { ErrorCode } from '../../shared/errors';

export async function fetchHospitalView<T>(run: (hospitalId: string) => Promise<Envelope<T>>, isEmpty: (data: T) => boolean = () => false): Promise<View<T>> {
  if (session.hospitalsStatus === 'loading') await when(() => session.hospitalsStatus !== 'loading');
  if (session.hospitalsStatus !== 'ready') await session.loadHospitals();
  if (session.hospitalsStatus !== 'ready') return { status: 'error', data: null, error: session.hospitalsError };
  const hospital = session.hospital;
  if (!hospital) return { status: 'empty', data: null, error: '' };
  const hospitalId = hospital.id;
  return fetchView(() => run(hospitalId), isEmpty);
}

/** Loads the record `id`; no id, or an id the backend does not know, is the empty state. */
export async function fetchRecordView<T>(id: string, run: (id: string) => Promise<Envelope<T>>): Promise<View<T>> {
  if (!id) return { status: 'empty', data: null, error: '' };
  const res = await run(id);
  if (res.ok) return { status: 'ready', data: res.data, error: '' };
  if (res.error.code === ErrorCode.NOT_FOUND) return { status: 'empty', data: null, error: '' };
  return { status: 'error', data: null, error: res.error.message };
}
