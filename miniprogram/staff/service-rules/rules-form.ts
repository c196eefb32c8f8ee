/**
 * 投诉时限与复印收费: the complaint time limits in working days (backend/handlers/feedback/rules.ts:
 * 1–15 for one department, 1–30 for several and not shorter) and the record-copy fee per page and
 * postage in yuan (backend/handlers/record-copies/fees.ts: ¥0.01–¥10.00 a page, ¥0–¥100.00 postage).
 */
import type { ComplaintRules } from '../../shared/dto/feedback';
import type { CopyFees } from '../../shared/dto/record-copies';
import { feeFenOf, wholeOf, yuanOf } from '../common/schedule-rules';

export interface RulesForm {
  singleDays: string;
  multiDays: string;
}

export interface FeesForm {
  perPage: string;
  postage: string;
}

export const rulesFormOf = (r: ComplaintRules): RulesForm => ({ singleDays: String(r.singleDays), multiDays: String(r.multiDays) });
export const feesFormOf = (f: CopyFees): FeesForm => ({ perPage: yuanOf(f.perPageFen), postage: yuanOf(f.postageFen) });

/** The limits to save, or the message of each field. */
export function rulesOf(form: RulesForm): { ok: true; rules: ComplaintRules } | { ok: false; errors: RulesForm } {
  const single = wholeOf(form.singleDays, 1, 15);
  const multi = wholeOf(form.multiDays, 1, 30);
  const errors = { singleDays: single.ok ? '' : single.error, multiDays: multi.ok ? '' : multi.error };
  if (!single.ok || !multi.ok) return { ok: false, errors };
  if (multi.value < single.value) return { ok: false, errors: { singleDays: '', multiDays: '涉及多个部门的时限不能短于单个部门' } };
  return { ok: true, rules: { singleDays: single.value, multiDays: multi.value } };
}

/** The fees to save in fen, or the message of each field. */
export function feesOf(form: FeesForm): { ok: true; perPageFen: number; postageFen: number } | { ok: false; errors: FeesForm } {
  const page = feeFenOf(form.perPage, '每页复印费');
  const post = feeFenOf(form.postage, '邮寄费');
  const errors = { perPage: page.ok ? '' : page.error, postage: post.ok ? '' : post.error };
  if (page.ok && (page.value < 1 || page.value > 1000)) errors.perPage = '每页复印费应在0.01到10元之间';
  if (post.ok && post.value > 10_000) errors.postage = '邮寄费不能超过100元';
  if (!page.ok || !post.ok || errors.perPage || errors.postage) return { ok: false, errors };
  return { ok: true, perPageFen: page.value, postageFen: post.value };
}

/** How the limits read: '单个部门5个工作日内答复，涉及多个部门10个工作日内'. */
export const rulesSummary = (r: ComplaintRules): string => `单个部门${r.singleDays}个工作日内答复，涉及多个部门${r.multiDays}个工作日内`;
