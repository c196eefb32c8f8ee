/**
 * The boundary with the hospital information system: whatever adapter answered (the demo
 * catalogue locally, HTTP in the cloud), the answer is checked against
 * backend/domain/his/answer.ts before anything is made from it.
 */
import { hisAnswerSchema, type HisAnswer } from '../../domain/his/answer';
import { issueText } from '../framework/validation';

/** What the doctor reads when the HIS answer failed its checks. */
export const HIS_FAULT_MESSAGE = '医院信息系统返回的数据有误，已记录，请联系信息科';

export type CheckedAnswer = { ok: true; answer: HisAnswer } | { ok: false; problem: string };

/** The answer, or what is wrong with it: the first field at fault and why, for staff. */
export function checkHisAnswer(raw: unknown): CheckedAnswer {
  const result = hisAnswerSchema.safeParse(raw);
  if (result.success) return { ok: true, answer: result.data };
  const issue = result.error.issues[0];
  const where = issue.path.map(String).join('.') || '答复';
  return { ok: false, problem: `${where}：${issueText(issue, raw)}`.slice(0, 200) };
}
