/** Reads shared by the content actions; each answers NOT_FOUND for a missing document. */
import type { Db } from '../../ports';
import type { ArticleDoc, DepartmentDoc, DoctorDoc, HospitalDoc } from '../../domain/content/docs';
import { notFound } from '../framework/app-error';
import { audienceLabel, EVERYONE, type AudienceView } from '../../../miniprogram/shared/audience';

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
