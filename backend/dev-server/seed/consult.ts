/**
 * Demo consultation settings (在线咨询) of 郑州康宁医院: answers within 24 hours; 陈立民 (doc-zz-001,
 * the demo doctor, qualified to practise online) charges ¥30, 郜雅琴 answers free, others ¥20 by
 * default; questions to a department are free. Fictional demo data.
 */
import type { ConsultSettingsDoc } from '../../domain/online/consult-docs';

export const consultSettings: ConsultSettingsDoc[] = [
  {
    _id: 'h-zzcentral',
    answerHours: 24,
    defaultFen: 2000,
    departmentFen: 0,
    doctorFees: { 'doc-zz-001': 3000, 'doc-zz-002': 0, 'doc-zz-003': 2500 },
    updatedBy: 'seed',
    updatedAt: 1764000000000,
  },
];
