/**
 * Identity and contact validation shared by the client (inline errors) and the server (the rule).
 */
import { isCalendarDate } from './time';
import type { IdType } from './enums';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The GB 11643-1999 check character of the first 17 digits of a resident ID number. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

export interface ResidentIdFacts {
  birthDate: string;
  sex: 'male' | 'female';
}

/**
 * Reads a resident ID number: 18 characters, a 6-digit region, a real birth date (YYYYMMDD), a
 * 3-digit sequence whose last digit is odd for men, and the check character. Null when invalid.
 * '11010519491231002X' → { birthDate: '1949-12-31', sex: 'female' }.
 */
export function parseResidentId(value: string): ResidentIdFacts | null {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (Number(id.slice(6, 10)) < 1900 || !isCalendarDate(birthDate)) return null;
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return null;
  return { birthDate, sex: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

const OTHER_DOCUMENTS: Record<Exclude<IdType, 'resident_id'>, RegExp> = {
  /** Chinese and foreign passports: 5–17 letters and digits. */
  passport: /^[A-Z0-9]{5,17}$/,
  /** 港澳居民来往内地通行证: H or M and 8 or 10 digits. */
  hk_macau_permit: /^[HM]\d{8}(\d{2})?$/,
  /** 台湾居民来往大陆通行证: 8 digits (10 with the issue count). */
  taiwan_permit: /^\d{8}(\d{2})?$/,
};

/** A problem with a document number, in Chinese, or null when it is valid. */
export function documentProblem(idType: IdType, idNumber: string): string | null {
  const value = idNumber.trim().toUpperCase();
  if (value.length === 0) return '请填写证件号码';
  if (idType === 'resident_id') return parseResidentId(value) ? null : '身份证号码不正确，请核对（18位，最后一位可能是X）';
  return OTHER_DOCUMENTS[idType].test(value) ? null : '证件号码格式不正确';
}

/** Mainland mobile numbers: 11 digits starting 13–19. */
export function isMobile(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone.trim());
}

/** A name of 2–30 characters: Chinese, letters, the middle dot and spaces between words. */
export function nameProblem(name: string): string | null {
  const value = name.trim();
  if (value.length < 2) return '姓名至少2个字';
  if (value.length > 30) return '姓名最多30个字';
  if (!/^[\u4e00-\u9fa5A-Za-z·•. ]+$/.test(value)) return '姓名只能包含汉字、字母和间隔号';
  return null;
}

/**
 * '410105199003071234' → '4****************4': the first and last character only, so the number
 * gives away neither the region nor the birth date (which is not sent either: only the age).
 */
export function maskIdNumber(value: string): string {
  return value.length <= 2 ? '*'.repeat(value.length) : value[0] + '*'.repeat(value.length - 2) + value[value.length - 1];
}

/** '13812345678' → '138****5678'. */
export function maskPhone(value: string): string {
  return value.length === 11 ? `${value.slice(0, 3)}****${value.slice(7)}` : maskIdNumber(value);
}
