/** The complaint form's choices and its check before sending. */
import { ComplaintCategory, complaintCategoryLabels } from '../../shared/enums';

export const MAX_PHOTOS = 6;

export const categoryOptions = Object.values(ComplaintCategory).map((value) => ({ value, label: complaintCategoryLabels[value] }));

export function textProblem(text: string): string {
  const t = text.trim();
  if (!t) return '请写下您遇到的问题或建议';
  if (t.length > 1000) return `最多1000个字，当前${t.length}个字`;
  return '';
}
