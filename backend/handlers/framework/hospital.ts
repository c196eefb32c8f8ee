/** The hospital of a call: NOT_FOUND when missing, FORBIDDEN when it does not offer the function asked. */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { functionName, offersOf, type FunctionKey } from '../../../miniprogram/shared/offers';
import type { HospitalDoc } from '../../domain/content/docs';
import type { Db } from '../../ports';
import { AppError, notFound } from './app-error';

export async function hospitalOr404(db: Db, id: string): Promise<HospitalDoc> {
  const h = await db.get<HospitalDoc>('hospitals', id);
  if (!h) throw notFound('医院');
  return h;
}

/**
 * The hospital, when it offers function `key` (miniprogram/shared/offers.ts): the one place the
 * server refuses a function a hospital does not offer.
 */
export async function offeringHospital(db: Db, id: string, key: FunctionKey): Promise<HospitalDoc> {
  const h = await hospitalOr404(db, id);
  if (!offersOf(h).includes(key)) throw new AppError(ErrorCode.FORBIDDEN, `${h.name}暂未开通${functionName(key)}`);
  return h;
}
