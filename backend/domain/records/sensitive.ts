/**
 * Tests whose reports are shown only after the family member's ID number's last 4 digits, every
 * time: infectious diseases with stigma, pregnancy, genetic and psychiatric assessments. By the
 * HIS test code (the demo catalogue's codes) and by words in the title, so a hospital's own code
 * for the same test is caught too.
 */
export const SENSITIVE_CODES: readonly string[] = ['LAB-HIV', 'LAB-TP', 'LAB-HCG', 'LAB-HBV5', 'LAB-HCV', 'LAB-STD', 'LAB-GENE', 'LAB-PSY'];

export const SENSITIVE_WORDS: readonly string[] = [
  'HIV',
  '艾滋',
  '梅毒',
  '妊娠',
  '孕',
  'HCG',
  '淋球菌',
  '衣原体',
  '乙肝两对半',
  '丙肝',
  '基因检测',
  '心理测评',
  '精神',
];

export function isSensitiveTest(code: string, title: string): boolean {
  return SENSITIVE_CODES.includes(code) || SENSITIVE_WORDS.some((w) => title.includes(w));
}

/** Wrong last-4 answers allowed per account in each hour. */
export const ID_TRIES_PER_HOUR = 5;
