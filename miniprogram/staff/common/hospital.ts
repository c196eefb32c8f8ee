/**
 * The hospital a staff page works on: the one chosen in the session. Loads the hospital list when
 * the page is opened before any other (e.g. from a shared link).
 */
import type { Envelope } from '../../shared/envelope';
import { ErrorCode, errorMessages } from '../../shared/errors';
import { session } from '../../stores/session';

/** Runs a call for the current hospital, or answers the error of loading the hospitals. */
export async function withHospital<T>(run: (hospitalId: string) => Promise<Envelope<T>>): Promise<Envelope<T>> {
  if (!session.hospitalId || session.hospitalsStatus !== 'ready') await session.loadHospitals();
  if (!session.hospitalId) {
    return { ok: false, error: { code: ErrorCode.NETWORK, message: session.hospitalsError || errorMessages.NETWORK } };
  }
  return run(session.hospitalId);
}
