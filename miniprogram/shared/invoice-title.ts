/**
 * The title (抬头) of an invoice: a person (a name) or a company (its name and unified social credit
 * code). One rule for the request form's inline errors and for the server.
 */
import { creditCodeProblem, normalizeCreditCode } from './credit-code';

export const InvoiceTitleType = { personal: 'personal', company: 'company' } as const;
export type InvoiceTitleType = (typeof InvoiceTitleType)[keyof typeof InvoiceTitleType];
export const invoiceTitleTypeLabels: Record<InvoiceTitleType, string> = { personal: '个人', company: '单位' };

export const TITLE_NAME_MIN = 2;
export const TITLE_NAME_MAX = 40;

export interface InvoiceTitleInput {
  titleType: InvoiceTitleType;
  titleName: string;
  taxCode?: string;
}

export interface InvoiceTitle {
  type: InvoiceTitleType;
  name: string;
  /** The credit code of a company title; '' for a personal one. */
  taxCode: string;
}

export type InvoiceTitleField = 'titleName' | 'taxCode';
export type InvoiceTitleProblems = Partial<Record<InvoiceTitleField, string>>;

/** Chinese (with extension A), letters, digits, spaces and the punctuation of company names. */
const NAME_CHARS = /^[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9 ·().,&\-（）、]+$/;

/** Trims the name and folds runs of spaces; the code in capitals without spaces. */
export function normalizeTitle(input: InvoiceTitleInput): InvoiceTitle {
  const name = input.titleName.trim().replace(/\s+/g, ' ');
  const taxCode = input.titleType === InvoiceTitleType.company ? normalizeCreditCode(input.taxCode ?? '') : '';
  return { type: input.titleType, name, taxCode };
}

/**
 * The problems of a title by field, in Chinese; empty when it is valid.
 * { titleType: 'company', titleName: '深圳市腾讯计算机系统有限公司', taxCode: '91440300708461136T' } → {}.
 */
export function invoiceTitleProblems(input: InvoiceTitleInput): InvoiceTitleProblems {
  const problems: InvoiceTitleProblems = {};
  const { name } = normalizeTitle(input);
  const what = input.titleType === InvoiceTitleType.company ? '单位名称' : '姓名';
  if (name.length < TITLE_NAME_MIN) problems.titleName = `${what}至少${TITLE_NAME_MIN}个字`;
  else if (name.length > TITLE_NAME_MAX) problems.titleName = `${what}最多${TITLE_NAME_MAX}个字`;
  else if (!NAME_CHARS.test(name)) problems.titleName = `${what}只能包含汉字、字母、数字和括号等常用符号`;
  if (input.titleType === InvoiceTitleType.company) {
    const problem = creditCodeProblem(input.taxCode ?? '');
    if (problem) problems.taxCode = problem;
  } else if ((input.taxCode ?? '').trim() !== '') {
    problems.taxCode = '个人抬头无需填写税号';
  }
  return problems;
}

/** True when two titles would print the same. */
export function sameTitle(a: InvoiceTitle, b: InvoiceTitle): boolean {
  return a.type === b.type && a.name === b.name && a.taxCode === b.taxCode;
}
