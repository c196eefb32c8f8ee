/**
 * The ID check before a sensitive report: the family member's ID number's last 4 digits, every
 * time. Wrong answers are counted per account in fixed one-hour windows in `idTries` (one document
 * per account, claimed by conditional update, so the count holds across instances); after
 * ID_TRIES_PER_HOUR wrong answers even the right one is refused until the hour ends.
 */
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { hashId } from '../../ids';
import type { PatientDoc } from '../../domain/booking/docs';
import type { IdTryDoc } from '../../domain/records/docs';
import { ID_TRIES_PER_HOUR } from '../../domain/records/sensitive';
import { DuplicateKeyError, type Db } from '../../ports';
import { AppError } from '../framework/app-error';

const HOUR_MS = 3_600_000;

async function triesThisHour(db: Db, id: string, windowStart: number): Promise<number> {
  const doc = await db.get<IdTryDoc>('idTries', id);
  return doc && doc.windowStart === windowStart ? doc.count : 0;
}

async function countWrong(db: Db, id: string, windowStart: number): Promise<void> {
  if ((await db.update('idTries', { _id: id, windowStart }, { inc: { count: 1 } })) === 1) return;
  if ((await db.update('idTries', { _id: id, windowStart: { neq: windowStart } }, { set: { windowStart, count: 1 } })) === 1) return;
  try {
    await db.insert<IdTryDoc>('idTries', { _id: id, windowStart, count: 1 });
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
    await db.update('idTries', { _id: id, windowStart }, { inc: { count: 1 } });
  }
}

/** Passes when `last4` matches the patient's ID number; otherwise counts the try and throws FORBIDDEN. */
export async function checkIdLast4(db: Db, openid: string, patient: PatientDoc, last4: string, now: number): Promise<void> {
  const id = hashId('idtry', openid);
  const windowStart = now - (now % HOUR_MS);
  const used = await triesThisHour(db, id, windowStart);
  if (used >= ID_TRIES_PER_HOUR) {
    const minutes = Math.max(1, Math.ceil((windowStart + HOUR_MS - now) / 60_000));
    throw new AppError(ErrorCode.FORBIDDEN, `身份证号后4位错误次数过多，请${minutes}分钟后再试`, 'idLast4');
  }
  if (patient.idNumber.slice(-4).toUpperCase() === last4.toUpperCase()) return;
  await countWrong(db, id, windowStart);
  const left = ID_TRIES_PER_HOUR - used - 1;
  throw new AppError(
    ErrorCode.FORBIDDEN,
    left > 0 ? `身份证号后4位不正确，本小时内还可尝试${left}次` : '身份证号后4位不正确，尝试次数已用完，请1小时后再试',
    'idLast4',
  );
}
