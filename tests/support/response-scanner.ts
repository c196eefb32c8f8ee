/**
 * A scanner of answers (docs/access.md): what one caller is answered must not carry another
 * person's identifiers (openid, name, ID number, phone), any full ID number (they leave masked:
 * first and last character, miniprogram/shared/validators.ts maskIdNumber), nor a secret of the
 * deployment (signing keys, internal tokens). Used by the authorization matrix
 * (tests/integration/access/matrix.test.ts) and the demo journey (tests/integration/response-scan.test.ts).
 */
import { DEV_FILE_SECRET } from '../../backend/adapters/local/signed-links';
import type { LocalSystem } from './local-system';

export interface Person {
  openid: string;
  names: readonly string[];
  idNumbers: readonly string[];
  phones: readonly string[];
}

export interface ScanRules {
  /** People whose identifiers must not appear. */
  others: readonly Person[];
  /** Every ID number of the store: none may appear in full. */
  idNumbers: readonly string[];
  /** Secrets of the deployment. */
  secrets: readonly string[];
}

/** Every string of an answer (keys too), with where it was found. */
function strings(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push([`${path}{key}`, k]);
      strings(v, `${path}.${k}`, out);
    }
  }
}

/** What the answer leaks, as readable lines; empty when it is clean. */
export function leaksOf(answer: unknown, rules: ScanRules): string[] {
  const found: string[] = [];
  const all: Array<[string, string]> = [];
  strings(answer, '$', all);
  for (const [path, text] of all) {
    for (const p of rules.others) {
      if (text.includes(p.openid)) found.push(`${path}: another person's openid ${p.openid}`);
      for (const n of p.names) if (text.includes(n)) found.push(`${path}: another person's name ${n}`);
      for (const id of p.idNumbers) if (text.includes(id)) found.push(`${path}: another person's ID number`);
      for (const ph of p.phones) if (text.includes(ph)) found.push(`${path}: another person's phone ${ph.slice(0, 3)}…`);
    }
    for (const id of rules.idNumbers) if (id.length >= 8 && text.includes(id)) found.push(`${path}: a full ID number (${id[0]}…${id[id.length - 1]})`);
    for (const s of rules.secrets) if (s.length >= 8 && text.includes(s)) found.push(`${path}: a secret of the deployment`);
    if (/idNumberMasked$/.test(path) && !isMaskedIdNumber(text)) found.push(`${path}: an ID number not masked to its first and last character`);
    if (/phoneMasked$/.test(path) && !isMaskedPhone(text)) found.push(`${path}: a phone not masked as 138****5678`);
  }
  return found;
}

/** The store's ID numbers and secrets (signing keys of clinic codes and persons, the file-link key). */
export async function storeRules(sys: LocalSystem, others: readonly Person[]): Promise<ScanRules> {
  const db = sys.ports.db;
  const patients: Array<{ idNumber: string }> = [];
  for (let page: Array<{ _id: string; idNumber: string }> = []; page.length === 100 || patients.length === 0; ) {
    page = await db.find<{ _id: string; idNumber: string }>('patients', { orderBy: [['_id', 'asc']], skip: patients.length, limit: 100 });
    patients.push(...page);
    if (page.length === 0) break;
  }
  const keys = [...(await db.find<{ _id: string; secret: string }>('clinicKeys')), ...(await db.find<{ _id: string; secret: string }>('deploymentKeys'))];
  return { others, idNumbers: patients.map((p) => p.idNumber), secrets: [...keys.map((k) => k.secret), DEV_FILE_SECRET] };
}

/** An ID number as the product shows it: the first and last character only. */
export const isMaskedIdNumber = (shown: string): boolean => /^[0-9A-Z]\*+[0-9A-Z]$/.test(shown);

/** A phone as the product shows it: 138****5678. */
export const isMaskedPhone = (shown: string): boolean => /^\d{3}\*{4}\d{4}$/.test(shown);
