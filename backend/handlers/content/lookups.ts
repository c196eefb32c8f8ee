/** Reads shared by the content actions; each answers NOT_FOUND for a missing document. */
import type { Db, Where } from '../../ports';
import { MAX_PAGE } from '../../ports';
import type { ArticleDoc, DepartmentDoc, DoctorDoc, HospitalDoc } from '../../domain/content/docs';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import { functionName, offersOf, type FunctionKey } from '../../../miniprogram/shared/offers';
import { AppError, notFound } from '../framework/app-error';
import { audienceLabel, EVERYONE, type AudienceView } from '../../../miniprogram/shared/audience';

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

export async function departmentOr404(db: Db, id: string): Promise<DepartmentDoc> {
  const d = await db.get<DepartmentDoc>('departments', id);
  if (!d) throw notFound('科室');
  return d;
}

export async function doctorOr404(db: Db, id: string): Promise<DoctorDoc> {
  const d = await db.get<DoctorDoc>('doctors', id);
  if (!d) throw notFound('医生');
  return d;
}

export async function articleOr404(db: Db, id: string): Promise<ArticleDoc> {
  const a = await db.get<ArticleDoc>('articles', id);
  if (!a) throw notFound('文章');
  return a;
}

/** Reads every matching document, 100 at a time (the cloud database's page limit). */
export async function findAll<T extends { _id: string }>(db: Db, collection: string, where: Where, orderBy: Array<[string, 'asc' | 'desc']>): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const page = await db.find<T>(collection, { where, orderBy, limit: MAX_PAGE, skip: all.length });
    all.push(...page);
    if (page.length < MAX_PAGE) return all;
  }
}

export function columnName(h: HospitalDoc, columnId: string): string {
  return h.columns.find((c) => c.id === columnId)?.name ?? '';
}

/** Who a department serves, with the departments suggested instead resolved to names; null when everyone. */
export async function audienceOf(db: Db, d: DepartmentDoc): Promise<AudienceView | null> {
  if (!d.serves) return null;
  const { instead, ...audience } = d.serves;
  const others = (await Promise.all(instead.map((id) => db.get<DepartmentDoc>('departments', id)))).filter(
    (o): o is DepartmentDoc => o !== null && o.hospitalId === d.hospitalId,
  );
  return {
    ...audience,
    label: audienceLabel(audience),
    instead: others.map((o) => ({
      id: o._id,
      name: o.name,
      ...(o.serves ? { minAge: o.serves.minAge, maxAge: o.serves.maxAge, sex: o.serves.sex } : EVERYONE),
    })),
  };
}
