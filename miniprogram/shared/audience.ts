/**
 * Who a department serves (儿科: children under 14; 妇科 and 产科: women), one copy for both sides:
 * the server refuses a booking for someone the department does not serve (backend/handlers/booking/
 * book-actions.ts) and 确认预约 says so before anything is sent, with the same words and the
 * department to book instead.
 *
 * Example: 儿科 { maxAge: 13 } and 王秀兰, 84 → '儿科只接诊14岁以下的儿童，王秀兰今年84岁，不能在此科室预约。建议改挂老年医学科。'
 */
export type ServedSex = 'male' | 'female';

export interface Audience {
  /** Youngest age served, in whole years; null when any. */
  minAge: number | null;
  /** Oldest age served, in whole years (13 = under 14); null when any. */
  maxAge: number | null;
  sex: ServedSex | null;
}

/** A department's audience with the departments suggested instead, as the server answers it. */
export interface AudienceView extends Audience {
  /** '14岁以下的儿童', '女性', '' when everyone. */
  label: string;
  instead: Array<Audience & { id: string; name: string }>;
}

export interface Person {
  name: string;
  /** null when the document does not carry the birth date (then age is not checked). */
  age: number | null;
  /** '' when unknown (then sex is not checked). */
  sex: ServedSex | '';
}

export const EVERYONE: Audience = { minAge: null, maxAge: null, sex: null };

export function audienceLabel(a: Audience): string {
  const sex = a.sex === 'female' ? '女性' : a.sex === 'male' ? '男性' : '';
  if (a.maxAge !== null) return a.maxAge < 1 ? '不满1周岁的婴儿' : `${a.maxAge + 1}岁以下的儿童`;
  if (a.minAge !== null) return `${a.minAge}岁及以上的${sex || '患者'}`;
  return sex;
}

/** Why this person is not served, e.g. '今年84岁', '为男性'; '' when served (or when the fact is unknown). */
export function mismatch(a: Audience, p: Person): string {
  if (a.sex !== null && p.sex !== '' && p.sex !== a.sex) return p.sex === 'male' ? '为男性' : '为女性';
  if (p.age !== null && a.maxAge !== null && p.age > a.maxAge) return `今年${p.age}岁`;
  if (p.age !== null && a.minAge !== null && p.age < a.minAge) return `今年${p.age}岁`;
  return '';
}

/** The refusal in words with the suggestion, or null when the department serves this person. */
export function audienceProblem(departmentName: string, a: AudienceView, p: Person): string | null {
  const why = mismatch(a, p);
  if (!why) return null;
  const instead = a.instead.filter((d) => mismatch(d, p) === '').map((d) => d.name);
  const suggestion = instead.length > 0 ? `建议改挂${instead.slice(0, 2).join('或')}。` : '可先用智能导诊选择合适的科室。';
  return `${departmentName}只接诊${a.label}，${p.name}${why}，不能在此科室预约。${suggestion}`;
}
